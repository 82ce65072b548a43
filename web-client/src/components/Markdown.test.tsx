import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Markdown } from './Markdown';

describe('Markdown', () => {
  it('renders emphasis, lists and web links', () => {
    render(<Markdown>{'Ein **fettes** Wort\n\n- eins\n- zwei\n\n[Programm](https://example.org/programm)'}</Markdown>);
    expect(screen.getByText('fettes').tagName).toBe('STRONG');
    expect(screen.getAllByRole('listitem')).toHaveLength(2);
    expect(screen.getByRole('link', { name: 'Programm' })).toHaveAttribute('href', 'https://example.org/programm');
  });

  it('renders GitHub-flavoured tables, task lists, strikethrough and bare links like the API does', () => {
    const { container } = render(
      <Markdown>
        {
          '| Ausgaben | Einnahmen |\n|---|---|\n| Honorare | Eintritt |\n\n- [x] Angebote eingeholt\n- [ ] Bescheid abwarten\n\n~~alt~~ siehe https://www.foerderdatenbank.de'
        }
      </Markdown>,
    );
    expect(screen.getByRole('table')).toBeInTheDocument();
    expect(screen.getAllByRole('columnheader').map((cell) => cell.textContent)).toEqual(['Ausgaben', 'Einnahmen']);
    expect(screen.getByRole('cell', { name: 'Honorare' })).toBeInTheDocument();
    const boxes = screen.getAllByRole('checkbox');
    expect(boxes).toHaveLength(2);
    expect(boxes[0]).toBeChecked();
    expect(boxes[1]).toBeDisabled();
    expect(container.querySelector('del')).toHaveTextContent('alt');
    expect(screen.getByRole('link', { name: 'https://www.foerderdatenbank.de' })).toHaveAttribute(
      'href',
      'https://www.foerderdatenbank.de',
    );
    expect(container).not.toHaveTextContent('|');
  });

  it('drops raw HTML, script included, and never inserts it', () => {
    const { container } = render(
      <Markdown>
        {'Vorher <script>window.hacked = true</script> nachher\n\n<img src=x onerror="alert(1)">\n\n<b>fett?</b>'}
      </Markdown>,
    );
    expect(container.querySelector('script')).toBeNull();
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('b')).toBeNull();
    expect(container.innerHTML).not.toContain('onerror');
    expect((window as { hacked?: boolean }).hacked).toBeUndefined();
    // What was between the tags is inert text at most.
    expect(container.querySelector('p')).toHaveTextContent(/^Vorher .*nachher$/);
  });

  it('removes javascript:, data: and vbscript: link targets', () => {
    const { container } = render(
      <Markdown>
        {
          '[eins](javascript:alert(1)) [zwei](JaVaScRiPt:alert(1)) [drei](data:text/html,<script>alert(1)</script>) [vier](vbscript:msgbox)\n\n<javascript:alert(1)>'
        }
      </Markdown>,
    );
    expect(container.querySelectorAll('a')).toHaveLength(0);
    expect(container.querySelectorAll('[href]')).toHaveLength(0);
    expect(container).toHaveTextContent('eins zwei drei vier');
  });

  it('puts headings below the page heading', () => {
    render(<Markdown headingLevel={2}>{'# Titel im Text'}</Markdown>);
    expect(screen.getByRole('heading', { name: 'Titel im Text' }).tagName).toBe('H3');
  });
});
