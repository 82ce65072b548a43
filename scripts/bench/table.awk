# table.awk: the one table of `make bench`'s load section from its results.tsv (see bench.sh):
#   SIZE  NAME  req/s  p50  p99  non2xx  pgbench-tps     one request at one size
#   SIZE  rss-idle|rss-lists|rss-load  KiB                the API's VmRSS: idle, after the lists, after all
#   start api|bare  ms                                    one start to the first 200
# awk -f table.awk -v seconds=10 -v sizes="10000 100000" results.tsv
BEGIN {
  FS = "\t"
  n = split(sizes, size, " ")
  split("list item auth search first last after sync report", order, " ")
  label["list"] = "directory ?state=SN&sort=name&size=20"
  label["item"] = "one partner /partners/{id}"
  label["auth"] = "directory, integration token"
  label["search"] = "full text ?q=Keramik&size=20"
  label["first"] = "?sort=name&size=20&page=0"
  label["last"] = "?sort=name&size=20&page=<last>"
  label["after"] = "same last page by ?after=<cursor>"
  label["sync"] = "sync window ?updatedSince=<middle>"
  label["report"] = "outreach report for 2025"
}
$1 == "start" { starts[$2] = starts[$2] " " $3; next }
$2 ~ /^rss-/ { rss[$1, $2] = $3; next }
{ rps[$1, $2] = $3; p50[$1, $2] = $4; p99[$1, $2] = $5; bad[$1, $2] = $6; tps[$1, $2] = $7 }

function num(v) { return v != "" && v != "-" }
function f(v, format) { return num(v) ? sprintf(format, v) : "-" }
function ratio(a, b) { return num(a) && num(b) && b + 0 > 0 ? sprintf("%.2f", a / b) : "-" }
function k(s) { return s >= 1000 ? sprintf("%gk", s / 1000) : s }
function median(list,   m, v, i, j, t) {
  m = split(list, v, " ")
  for (i = 1; i <= m; i++) for (j = i + 1; j <= m; j++) if (v[j] + 0 < v[i] + 0) { t = v[i]; v[i] = v[j]; v[j] = t }
  return m == 0 ? "" : (m % 2 ? v[(m + 1) / 2] : (v[m / 2] + v[m / 2 + 1]) / 2)
}
function line(c) { s = ""; for (c = 0; c < width; c++) s = s "-"; print s }

END {
  printf "make bench: wrk -t2 -c16 and pgbench -M prepared -c16 -j2, %s s each; latency in ms; API/pg = req/s / pgbench tps of the same SQL\n", seconds
  head = sprintf("%-38s", "")
  for (i = 1; i <= n; i++) head = head sprintf(" | %-47s", k(size[i]) " organisations")
  if (n > 1) head = head sprintf(" | %s", k(size[n]) " / " k(size[1]))
  print head
  head = sprintf("%-38s", "request")
  for (i = 1; i <= n; i++) head = head sprintf(" | %7s %6s %7s %7s %7s %6s  ", "req/s", "p50", "p99", "non-2xx", "pg tps", "API/pg")
  if (n > 1) head = head sprintf(" | %6s %5s", "req/s", "p99")
  width = length(head)
  print head
  line()
  for (r = 1; r <= 9; r++) {
    name = order[r]
    row = sprintf("%-38s", label[name])
    for (i = 1; i <= n; i++) {
      s = size[i]
      none = rps[s, name] + 0 == 0   # no answer at all in the time: no latency to speak of
      row = row sprintf(" | %7s %6s %7s %7s %7s %6s  ", f(rps[s, name], rps[s, name] < 10 ? "%.1f" : "%.0f"), none ? "-" : f(p50[s, name], "%.1f"),
                        none ? "-" : f(p99[s, name], "%.1f"), bad[s, name], f(tps[s, name], "%.0f"), ratio(rps[s, name], tps[s, name]))
    }
    if (n > 1) row = row sprintf(" | %6s %5s", ratio(rps[size[n], name], rps[size[1], name]), ratio(p99[size[n], name], p99[size[1], name]))
    print row
  }
  line()
  row = sprintf("%-38s", "ceiling: one indexed page (pgbench)")
  for (i = 1; i <= n; i++) row = row sprintf(" | %7s %6s %7s %7s %7s %6s  ", "", "", "", "", f(tps[size[i], "ceiling"], "%.0f"), "")
  if (n > 1) row = row sprintf(" | %6s", ratio(tps[size[n], "ceiling"], tps[size[1], "ceiling"]))
  print row
  row = sprintf("%-38s", "directory req/s / ceiling tps")
  for (i = 1; i <= n; i++) row = row sprintf(" | %-47s", num(rps[size[i], "list"]) && tps[size[i], "ceiling"] > 0 ? sprintf("%.3f", rps[size[i], "list"] / tps[size[i], "ceiling"]) : "-")
  print row
  row = sprintf("%-38s", "API RSS (MiB)")
  for (i = 1; i <= n; i++) {
    idle = rss[size[i], "rss-idle"]; lists = rss[size[i], "rss-lists"]; load = rss[size[i], "rss-load"]
    row = row sprintf(" | %-47s", num(idle) ? sprintf("%.0f idle, %s after the lists, %.0f after the report", idle / 1024, num(lists) ? sprintf("%.0f", lists / 1024) : "-", load / 1024) : "-")
  }
  print row
  print "req/s 0: no answer within the run (wrk gives up after 10 s); pg tps '-': the request failed or its SQL does not replay"
  api = median(starts["api"]); bare = median(starts["bare"])
  runs = split(starts["api"], tmp, " ")
  printf "%-38s | API %s ms, bare Quarkus REST + ORM %s ms, API/bare %s (median of %d, at %s organisations)\n",
    "start to first 200", api, bare, ratio(api, bare), runs, k(size[n])
}
