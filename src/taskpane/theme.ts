import { webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";

/** Relative luminance (WCAG) of `#rgb` / `#rrggbb`; null for anything else. */
export function luminance(colour: string): number | null {
  const hex = colour.trim().replace(/^#/, "");
  const full = /^[0-9a-f]{3}$/i.test(hex) ? [...hex].map((c) => c + c).join("") : hex;
  if (!/^[0-9a-f]{6}$/i.test(full)) return null;
  const channel = (i: number): number => {
    const c = parseInt(full.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4);
}

/**
 * Office's body background → the Fluent theme that sits on it; light when Office gives none (standalone).
 * Below 0.179 white text contrasts better than black (the WCAG crossover), so the dark theme fits.
 */
export function themeFor(background: string | undefined): Theme {
  const l = background === undefined ? null : luminance(background);
  return l !== null && l < 0.179 ? webDarkTheme : webLightTheme;
}
