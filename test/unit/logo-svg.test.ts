import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSvgLogo, inspectSvgLogo, looksLikeSvg, svgForPdf, type SvgProblemKind } from '../../src/render/logo-svg.js';
import { fixturesDir } from '../helpers/cli.js';

const svg = (body: string, attrs = 'viewBox="0 0 10 10"', prolog = ''): string =>
  `${prolog}<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" ${attrs}>${body}</svg>`;

const refused: Array<[string, string, SvgProblemKind]> = [
  ['an image from a file', svg('<image href="/etc/hostname"/>'), 'external'],
  ['an image from a URL, href with spaces before the scheme', svg('<image xlink:href="  https://x.example/a.png"/>'), 'external'],
  ['a data: image that is not PNG or JPEG', svg('<image href="data:image/png;base64,PHN2Zz4="/>'), 'external'],
  ['a data: SVG image', svg('<image href="data:image/svg+xml;base64,PHN2Zz4="/>'), 'external'],
  ['an image by #id (svg-to-pdfkit would read it as a file name)', svg('<image href="#a"/>'), 'external'],
  ['<use> into another file', svg('<use href="b.svg#x"/>'), 'external'],
  ['<use> with the file written as an entity', svg('<use href="&#98;.svg#x"/>'), 'external'],
  ['an <img> in a foreignObject', svg('<foreignObject><img xmlns="http://www.w3.org/1999/xhtml" src="https://x.example/p.png"/></foreignObject>'), 'external'],
  ['an <iframe> in a foreignObject', svg('<foreignObject><iframe xmlns="http://www.w3.org/1999/xhtml" src="file:///etc/passwd"/></foreignObject>'), 'external'],
  ['a fill from another file', svg('<rect width="1" height="1" fill="url(other.svg#g)"/>'), 'external'],
  ['image-set() in a style', svg('<rect width="1" height="1" style="fill: image-set(\'a.png\' 1x)"/>'), 'external'],
  ['@import in CDATA', svg('<style><![CDATA[@import url(a.css);]]></style>'), 'external'],
  ['a style sheet processing instruction', svg('', undefined, '<?xml-stylesheet href="https://x.example/a.css"?>'), 'external'],
  ['a javascript: link', svg('<a href="javascript:alert(1)"><rect width="1" height="1"/></a>'), 'link'],
  ['a javascript: link with a tab in the scheme', svg('<a href="java\tscript:alert(1)"><rect width="1" height="1"/></a>'), 'link'],
  ['a link by #id (svg-to-pdfkit makes a URI of it)', svg('<a href="#x"><rect width="1" height="1"/></a>'), 'link'],
  ['a parameter entity', svg('', undefined, '<!DOCTYPE svg [<!ENTITY % p "x">]>'), 'dtd'],
  ['an ATTLIST (its default could add an href)', svg('', undefined, '<!DOCTYPE svg [<!ATTLIST image href CDATA "/etc/passwd">]>'), 'dtd'],
  ['a PUBLIC entity', svg('', undefined, '<!DOCTYPE svg [<!ENTITY e PUBLIC "-//x" "http://x.example/e">]>'), 'dtd'],
  ['an undeclared entity', svg('<text>&nbsp;</text>'), 'malformed'],
  ['a root that is no <svg>', '<html><body/></html>', 'not-svg'],
  ['no size at all', svg('', ''), 'size'],
  ['a zero viewBox', svg('', 'viewBox="0 0 0 10"'), 'size'],
  ['a huge width', svg('', 'width="1e30" height="10"'), 'number'],
  ['a width far too small', svg('', 'width="1e-9" height="10"'), 'size'],
  ['a huge coordinate', svg('<rect width="1" height="1e30"/>'), 'number'],
  ['a huge path', svg('<path d="M0 0L1e25 0"/>'), 'number'],
  ['skewX close to 90°', svg('<g transform="skewX(89.9999999)"><rect width="1" height="1"/></g>'), 'number'],
  ['a <use> cycle that expands', svg(`<g id="a"><use href="#b"/><use href="#b"/></g><g id="b">${'<use href="#a"/>'.repeat(2)}</g>`), 'external'],
];

describe('checkSvgLogo refuses', () => {
  for (const [name, text, kind] of refused) {
    it(name, () => {
      const result = checkSvgLogo(text);
      // The <use> cycle only needs to end, refused or not.
      if (name.includes('cycle')) return;
      expect(result.ok ? 'accepted' : result.problem.kind).toBe(kind);
    });
  }

  it('points at the line and column of the offending attribute', () => {
    const result = checkSvgLogo('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10">\n  <g>\n    <image width="1" href="/etc/hostname"/>\n  </g>\n</svg>');
    expect(result).toEqual({ ok: false, problem: { kind: 'external', line: 3, column: 22, found: '<image href="/etc/hostname">' } });
  });
});

describe('checkSvgLogo accepts', () => {
  it('links to http, https and mailto, local references and data: PNG images', () => {
    const png = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';
    const text = svg(
      `<defs><linearGradient id="g"/><linearGradient id="h" xlink:href="#g"/><rect id="r" width="1" height="1"/></defs>` +
        `<a href="https://example.org"><use href="#r" fill="url(#h)"/></a><a xlink:href="mailto:a@b.be"><rect width="1" height="1" style="fill:url('#g')"/></a>` +
        `<image width="1" height="1" href="data:image/png;base64,${png}"/>`,
    );
    expect(checkSvgLogo(text)).toEqual({ ok: true, svg: text });
  });

  it('an internal DTD subset of plain entities (Illustrator): dropped, each entity written out once', () => {
    const result = checkSvgLogo(readFileSync(join(fixturesDir, 'logos', 'illustrator.svg'), 'utf8'));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.svg).not.toContain('<!DOCTYPE');
    expect(result.svg).not.toMatch(/&ns_|&st0;/);
    expect(result.svg).toContain('style="fill:#7A1F5C;"');
    expect(looksLikeSvg(new TextEncoder().encode(readFileSync(join(fixturesDir, 'logos', 'illustrator.svg'), 'utf8')))).toBe(true);
  });

  it('nesting up to its limit, and the tiny numbers drawing programs write', () => {
    expect(checkSvgLogo(svg(`${'<g>'.repeat(90)}<path d="M0 0L6.123234e-17 1"/>${'</g>'.repeat(90)}`)).ok).toBe(true);
  });
});

describe('svgForPdf', () => {
  it('turns Illustrator\'s <switch> into a group svg-to-pdfkit draws', () => {
    expect(svgForPdf('<svg><switch><foreignObject/><g/></switch><svg:switch/></svg>')).toBe('<svg><g><foreignObject/><g/></g><svg:g/></svg>');
  });
});

describe('inspectSvgLogo', () => {
  it('names the diagnostic code and where in the SVG', () => {
    expect(inspectSvgLogo(new TextEncoder().encode(svg('<a href="file:///x"/>')))).toMatchObject({ ok: false, code: 'logo-svg-link', params: { svgLine: 1, kind: 'link' } });
  });
});

describe('svg-to-pdfkit options for the logo (in case an unchecked SVG ever reaches the PDF)', () => {
  it('hand PDFKit only data: PNG and JPEG images, never a path or URL, and print no warnings', async () => {
    const { svgLogoOptions } = await import('../../src/render/pdf/cover.js');
    const png = 'data:image/png;base64,iVBORw0KGgo=';
    expect(svgLogoOptions.imageCallback(png)).toBe(png);
    for (const href of ['/etc/hostname', 'file:///dev/zero', 'https://example.org/a.png', 'logo.png', 'data:image/svg+xml;base64,PHN2Zz4=']) {
      expect(svgLogoOptions.imageCallback(href)).toMatch(/^data:image\/png;base64,/);
      expect(svgLogoOptions.imageCallback(href)).not.toContain(href);
    }
    expect(svgLogoOptions.warningCallback()).toBeUndefined();
  });
});
