// The "Förvaltning/bolag" cell as written → unit codes. Decisions (docs/decisions/001-unit-codes.md):
// - "och", "," and "/" separate units: "LH, LKF och KSUF", "SOU/VBU".
// - A zero typed for the letter O is read as O ("V00" → VOO, "S0U" → SOU).
// - "KS" (kommunstyrelsen) is carried out by its förvaltning: KSF.
// - "Alla" means every unit of the koncern: the activity is in each unit's plan.

const ALIASES: Record<string, string> = { KS: 'KSF' };
const EVERY_UNIT = 'ALLA';

export function unitCodesOf(raw: string, knownCodes: readonly string[]): string[] {
  const parts = raw
    .split(/\s+och\s+|,|\//)
    .map((part) => part.trim().toUpperCase())
    .filter(Boolean);
  if (parts.length === 1 && parts[0] === EVERY_UNIT) return [...knownCodes];
  const codes = parts.map((part) => normalise(part, knownCodes));
  return [...new Set(codes)];
}

function normalise(part: string, knownCodes: readonly string[]): string {
  const code = ALIASES[part] ?? part;
  if (knownCodes.includes(code)) return code;
  const withLetterO = code.replace(/0/g, 'O');
  if (knownCodes.includes(withLetterO)) return withLetterO;
  throw new Error(`Okänd koncernenhet "${part}"`);
}
