import { shapeSvg } from '../model/shapes.js';
import { CONFIDENCE_LINE, KIND_STYLE } from '../model/vocabulary.js';
import type { Confidence, Kind } from '../api/__generated__/operations.js';
import type { Source } from '../loader.js';

type Child = Node | string | null | undefined | false;
type Attrs = Record<string, string | number | boolean | null | undefined | EventListener>;

/** Creates an element; `on*` attributes become listeners; text is always text (never HTML). */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: (Child | Child[])[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (key.startsWith('on') && typeof value === 'function') {
      el.addEventListener(key.slice(2).toLowerCase(), value);
    } else if (key === 'style') {
      // CSSOM, not the style attribute: allowed under a strict style-src too.
      el.style.cssText = String(value);
    } else if (key === 'className') {
      el.className = String(value);
    } else if (value === true) {
      el.setAttribute(key, '');
    } else {
      el.setAttribute(key, String(value));
    }
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child);
  }
  return el;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/** A small inline SVG from trusted, generated markup (shapes.ts), parsed without innerHTML. */
function svgIcon(markup: string, size: number, label?: string): SVGSVGElement {
  const doc = new DOMParser().parseFromString(
    `<svg xmlns="${SVG_NS}" width="${size}" height="${size}" viewBox="0 0 ${size} ${size}">${markup}</svg>`,
    'image/svg+xml',
  );
  const svg = document.importNode(doc.documentElement, true) as unknown as SVGSVGElement;
  if (label) {
    svg.setAttribute('role', 'img');
    svg.setAttribute('aria-label', label);
  } else {
    svg.setAttribute('aria-hidden', 'true');
  }
  svg.classList.add('icon');
  return svg;
}

export function kindIcon(kind: Kind, size = 16): SVGSVGElement {
  const s = KIND_STYLE[kind];
  const m = size / 2;
  return svgIcon(shapeSvg(s.shape, m, m, size - 3, size - 3, `fill="${s.color}" stroke="#333" stroke-width="1"`), size);
}

export function lineIcon(color: string, style: 'solid' | 'dashed' | 'dotted' = 'solid', width = 28): SVGSVGElement {
  const dash = style === 'dashed' ? ' stroke-dasharray="6 4"' : style === 'dotted' ? ' stroke-dasharray="1.5 3"' : '';
  const doc = `<line x1="2" y1="8" x2="${width - 6}" y2="8" stroke="${color}" stroke-width="2.5"${dash}/><polygon points="${width - 2},8 ${width - 8},4.5 ${width - 8},11.5" fill="${color}"/>`;
  const svg = svgIcon(doc, 16);
  svg.setAttribute('width', String(width));
  svg.setAttribute('viewBox', `0 0 ${width} 16`);
  return svg;
}

/** The legend's sample of a suspended link: a faint line with a large black arrowhead, as on the canvas. */
export function suspendedIcon(color = '#555', width = 28): SVGSVGElement {
  const doc = `<line x1="2" y1="8" x2="${width - 9}" y2="8" stroke="${color}" stroke-width="2.5" stroke-opacity="0.45"/><polygon points="${width - 1},8 ${width - 10},3 ${width - 10},13" fill="#000"/>`;
  const svg = svgIcon(doc, 16);
  svg.setAttribute('width', String(width));
  svg.setAttribute('viewBox', `0 0 ${width} 16`);
  return svg;
}

export function confidenceBadge(c: Confidence): HTMLElement {
  return h(
    'span',
    {
      className: `badge conf-${c.toLowerCase()}`,
      title: `Confidence: ${c.toLowerCase()} (drawn ${CONFIDENCE_LINE[c]})`,
    },
    `${c.toLowerCase()} confidence`,
  );
}

/** Sources as links (title, publisher, date), the AI-written overview marked as such. */
export function sourceList(sources: readonly Source[]): HTMLElement {
  if (sources.length === 0) return h('p', { className: 'muted' }, 'No source given.');
  return h(
    'ul',
    { className: 'sources' },
    sources.map((s) =>
      h(
        'li',
        {},
        s.url ? h('a', { href: s.url, target: '_blank', rel: 'noopener noreferrer' }, s.title) : h('span', {}, s.title),
        s.publisher || s.date
          ? h('span', { className: 'muted' }, ` — ${[s.publisher, s.date].filter(Boolean).join(', ')}`)
          : null,
        s.reliability ? h('span', { className: 'badge' }, s.reliability) : null,
      ),
    ),
  );
}

/**
 * Numbered citation marks, "[1] [2]" (or "[1] NATO" with `publishers`, where a row must name its
 * sources at a glance), each a link to its source (titled with it) where it has an address.
 */
export function citeLinks(
  sources: readonly (Pick<Source, 'title' | 'url'> & { publisher?: string | null })[],
  options: { publishers?: boolean } = {},
): HTMLElement {
  const mark = (s: (typeof sources)[number], i: number) =>
    options.publishers && s.publisher ? `[${i + 1}] ${s.publisher}` : `[${i + 1}]`;
  return h(
    'span',
    { className: 'cites' },
    sources.map((s, i) =>
      s.url
        ? h(
            'a',
            {
              href: s.url,
              target: '_blank',
              rel: 'noopener noreferrer',
              title: s.title,
              'aria-label': `Source: ${s.title}`,
            },
            mark(s, i),
          )
        : h('span', { title: s.title }, mark(s, i)),
    ),
  );
}

export function clear(el: Element): void {
  while (el.firstChild) el.firstChild.remove();
}

/** Downloads text or a blob as a file (an <a download>; no window.open, CSP-friendly). */
export function download(name: string, content: Blob | string, type = 'text/plain'): void {
  const blob = typeof content === 'string' ? new Blob([content], { type }) : content;
  const url = URL.createObjectURL(blob);
  const a = h('a', { href: url, download: name, hidden: true });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 5000);
}

export async function copyText(text: string, fallback?: HTMLTextAreaElement): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    if (!fallback) return false;
    fallback.focus();
    fallback.select();
    return document.execCommand('copy');
  }
}

let announcer: HTMLElement | null = null;
/** Tells screen-reader users what changed (a polite live region). */
export function announce(text: string): void {
  if (!announcer) {
    announcer = h('div', { className: 'visually-hidden', 'aria-live': 'polite', role: 'status' });
    document.body.append(announcer);
  }
  announcer.textContent = '';
  const target = announcer;
  setTimeout(() => (target.textContent = text), 30);
}
