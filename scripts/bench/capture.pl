#!/usr/bin/perl
# capture.pl LOGFILE OFFSET DATABASE: the statements that DATABASE's sessions ran, read from a PostgreSQL
# stderr log (log_min_duration_statement = 0 and log_line_prefix '%m [%p] %q%u@%d ') from byte OFFSET on,
# with the values of their `parameters:` DETAIL line written in place of $1, $2 ..., as a pgbench script:
# one statement per command, each ending in a semicolon. Parse and bind lines are skipped; only what was
# executed counts. Literals with a colon or backslash are written as E'' strings with \072 for the colon,
# so pgbench never mistakes part of a value for one of its :variables.
use strict;
use warnings;

my ($file, $offset, $db) = @ARGV;
die "usage: capture.pl LOGFILE OFFSET DATABASE\n" unless defined $db;
open my $fh, '<', $file or die "cannot read $file: $!\n";
seek $fh, $offset, 0;

my @entries;    # [pid, who, level, message]
while (my $line = <$fh>) {
    chomp $line;
    if ($line =~ /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(?:\.\d+)? \S+ \[(\d+)\] (\S*?)(?:@(\S*))? ?([A-Z]+):  (.*)$/) {
        push @entries, [$1, $3 // '', $4, $5];
    } elsif ($line =~ /^\t(.*)$/ && @entries) {
        $entries[-1][3] .= "\n" . $1;
    }
}

sub literal {
    my ($value) = @_;
    return 'NULL' unless defined $value;
    if ($value =~ /[:\\]/) {
        (my $escaped = $value) =~ s/\\/\\\\/g;
        $escaped =~ s/:/\\072/g;
        return "E'$escaped'";
    }
    return "'$value'";
}

my @statements;    # [pid, sql]
for (my $i = 0; $i < @entries; $i++) {
    my ($pid, $who, $level, $message) = @{ $entries[$i] };
    next unless $who eq $db && $level eq 'LOG';
    next unless $message =~ /^duration: [\d.]+ ms  (?:execute [^:]*|statement): (.*)$/s;
    my $sql = $1;
    my %params;
    for (my $j = $i + 1; $j < @entries && $entries[$j][0] eq $pid; $j++) {
        last if $entries[$j][2] eq 'LOG';
        if ($entries[$j][2] eq 'DETAIL' && $entries[$j][3] =~ /^parameters: (.*)$/s) {
            my $list = $1;
            while ($list =~ /\$(\d+) = (?:NULL|'((?:[^']|'')*)')/g) { $params{$1} = $2; }
            last;
        }
    }
    $sql =~ s/\$(\d+)(?!\d)/exists $params{$1} ? literal($params{$1}) : "\$$1"/ge;
    $sql =~ s/[\s;]+$//;
    next if $sql eq '';
    print "$sql;\n";
}
