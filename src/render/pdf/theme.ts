import type { StyleDictionary } from 'pdfmake/interfaces.js';

/** A4 in PostScript points, and the margins of every page but the cover. */
export const PAGE = { width: 595.28, height: 841.89 } as const;
export const MARGINS = { left: 62, top: 74, right: 62, bottom: 66 } as const;
export const CONTENT_WIDTH = PAGE.width - MARGINS.left - MARGINS.right;
export const CONTENT_HEIGHT = PAGE.height - MARGINS.top - MARGINS.bottom;

export const BODY_SIZE = 10.5;
export const LINE_HEIGHT = 1.25;
export const TEXT_COLOUR = '#1f1f1f';
export const MUTED_COLOUR = '#5c5c5c';
export const RULE_COLOUR = '#b8b8b8';

const HEX = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i;

/** The plan's colour as #rrggbb, or the default when it is not a hex colour pdfmake can use. */
export function normaliseColour(colour: string, fallback = '#1d4f91'): string {
  const match = HEX.exec(colour.trim());
  if (!match) return fallback;
  const hex = match[1]!;
  return `#${hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex}`.toLowerCase();
}

/** Mixes a #rrggbb colour with white: amount 0 is the colour, 1 is white. */
export function tint(colour: string, amount: number): string {
  const value = parseInt(colour.slice(1), 16);
  const channel = (shift: number): string => {
    const c = (value >> shift) & 0xff;
    return Math.round(c + (255 - c) * amount)
      .toString(16)
      .padStart(2, '0');
  };
  return `#${channel(16)}${channel(8)}${channel(0)}`;
}

export function styles(primary: string): StyleDictionary {
  return {
    chapterNumber: { fontSize: 60, bold: true, color: primary, lineHeight: 1 },
    chapterTitle: { fontSize: 24, bold: true, color: primary, lineHeight: 1.1 },
    h2: { fontSize: 15, bold: true, color: primary, lineHeight: 1.15 },
    h3: { fontSize: 12.5, bold: true, color: primary, lineHeight: 1.15 },
    h4: { fontSize: 11, bold: true, color: TEXT_COLOUR, lineHeight: 1.15 },
    lead: { fontSize: 11.5, color: TEXT_COLOUR },
    label: { bold: true, color: primary },
    small: { fontSize: 8.5, color: MUTED_COLOUR },
    tableHeader: { bold: true, color: '#ffffff', fillColor: primary, fontSize: 9 },
    table: { fontSize: 9, lineHeight: 1.15 },
    tocTitle: { fontSize: 24, bold: true, color: primary },
    toc1: { bold: true, fontSize: 11 },
    toc2: { fontSize: 10 },
    toc3: { fontSize: 9.5, color: MUTED_COLOUR },
  };
}
