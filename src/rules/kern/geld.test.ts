import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  Decimal,
  bedrag,
  formatBedrag,
  formatEuro,
  isPositief,
  leesBedrag,
  maxBedrag,
  nietNegatief,
  minBedrag,
  NUL,
  OP_CENTEN,
  rondAf,
  som,
  type Bedrag,
} from './geld.js';

/** Leest een bedrag dat geldig moet zijn en geeft het als tekst met vaste notatie terug. */
function gelezen(invoer: string): string {
  const uitkomst = leesBedrag(invoer);
  if (!uitkomst.ok) throw new Error(`verwacht een geldig bedrag voor '${invoer}', kreeg: ${uitkomst.reden}`);
  return uitkomst.bedrag.toFixed();
}

function reden(invoer: string): string {
  const uitkomst = leesBedrag(invoer);
  if (uitkomst.ok) throw new Error(`verwacht een fout voor '${invoer}', kreeg ${uitkomst.bedrag.toFixed()}`);
  return uitkomst.reden;
}

describe('leesBedrag: geaccepteerde notaties (PRODUCT.md, Money)', () => {
  it.each([
    ['1234.56', '1234.56'],
    ['1234,56', '1234.56'],
    ['1.234,56', '1234.56'],
    ['1,234.56', '1234.56'],
    ['€ 1.234,56', '1234.56'],
    ['€1.234,56', '1234.56'],
    ['EUR 1.234,56', '1234.56'],
    ['1.234.567,89', '1234567.89'],
    ['1,234,567.89', '1234567.89'],
    ['1234', '1234'],
    ['0', '0'],
    ['0,5', '0.5'],
    ['0.05', '0.05'],
    ['1234,5', '1234.5'],
    ['  12,50  ', '12.5'],
  ])('leest %j als %s', (invoer, verwacht) => {
    expect(gelezen(invoer)).toBe(verwacht);
  });

  it('leest "€ 1.750.000,-" als 1750000 (R-GEN-07: streepje betekent geen centen)', () => {
    expect(gelezen('€ 1.750.000,-')).toBe('1750000');
  });

  it('leest "12,-" en "1.234,-" als hele euro\'s', () => {
    expect(gelezen('12,-')).toBe('12');
    expect(gelezen('1.234,-')).toBe('1234');
  });

  it('leest negatieve bedragen: "-12,50", "€ -1.234,56" en "-€ 5"', () => {
    expect(gelezen('-12,50')).toBe('-12.5');
    expect(gelezen('€ -1.234,56')).toBe('-1234.56');
    expect(gelezen('-€ 5')).toBe('-5');
  });

  it('eigenschap: elk bedrag in Nederlandse notatie met duizendtallen (1.401,50; -12.345.678,9) wordt exact gelezen', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }), fc.boolean(), (centen, eenDecimaal) => {
        const abs = centen < 0n ? -centen : centen;
        const euros = (abs / 100n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, '.');
        const rest = (abs % 100n).toString().padStart(2, '0');
        // een decimaal alleen waar dat hetzelfde bedrag is (…,50 als …,5)
        const decimalen = eenDecimaal && rest.endsWith('0') ? rest[0] : rest;
        const tekst = `${centen < 0n ? '-' : ''}${euros},${decimalen}`;
        const verwacht = new Decimal(centen.toString()).div(100);
        expect(gelezen(tekst), tekst).toBe(verwacht.isZero() ? '0' : verwacht.toFixed());
      }),
    );
  });

  it('geeft een decimal.js-waarde terug, geen floating point (0,1 + 0,2 is exact 0,3)', () => {
    const a = leesBedrag('0,1');
    const b = leesBedrag('0,2');
    expect(a.ok && b.ok).toBe(true);
    if (a.ok && b.ok) expect(a.bedrag.plus(b.bedrag).toFixed()).toBe('0.3');
  });
});

describe('leesBedrag: dubbelzinnige en ongeldige invoer', () => {
  it.each(['1.234', '1,234', '12,345', '100.000', '999,999'])(
    '%j is dubbelzinnig (duizendtal of drie decimalen?) en dus een fout',
    (invoer) => {
      expect(reden(invoer)).toMatch(/dubbelzinnig/);
    },
  );

  it('"0,125" en "1234.567" hebben meer dan twee decimalen', () => {
    expect(reden('0,125')).toMatch(/meer dan twee decimalen/);
    expect(reden('1234.567')).toMatch(/meer dan twee decimalen/);
    expect(reden('12.345,678')).toMatch(/meer dan twee decimalen/);
    expect(reden('1234,5678')).toMatch(/meer dan twee decimalen/);
  });

  it('een leeg veld is geen bedrag', () => {
    expect(reden('')).toMatch(/leeg/);
    expect(reden('   ')).toMatch(/leeg/);
  });

  it.each(['abc', '12a', ',50', '5.', '--5', '€', '1 2 3x', '12,5,-'])('%j is geen bedrag', (invoer) => {
    expect(leesBedrag(invoer).ok).toBe(false);
  });

  it.each(['1.23.4', '12.34.567', '1.2345,67', '1,23,456.00', '1234.567.890'])(
    '%j heeft een ongeldige groepering van duizendtallen',
    (invoer) => {
      expect(reden(invoer)).toMatch(/groepering/);
    },
  );

  it('een reden noemt de invoer, zodat de gebruiker weet wat er mis is', () => {
    expect(reden('1.23.4')).toContain('1.23.4');
    expect(reden('abc')).toContain('abc');
  });
});

describe('rondAf: de enige afrondingshelper', () => {
  const r = (waarde: string, afronding = OP_CENTEN) => rondAf(new Decimal(waarde), afronding).toFixed(2);

  it('rondt standaard half omhoog af op centen: 1,005 → 1,01 en 2,675 → 2,68 (geen floating-point-fout)', () => {
    expect(r('1.005')).toBe('1.01');
    expect(r('2.675')).toBe('2.68');
    expect(r('0.005')).toBe('0.01');
  });

  it('rondt onder de helft omlaag af: 1,004 → 1,00 en 1,0049999 → 1,00', () => {
    expect(r('1.004')).toBe('1.00');
    expect(r('1.0049999')).toBe('1.00');
  });

  it('rondt een negatieve helft van nul af (decimal.js ROUND_HALF_UP): -1,005 → -1,01', () => {
    // decimal.js ROUND_HALF_UP: "rounds towards nearest neighbour; if equidistant, rounds away from zero".
    expect(r('-1.005')).toBe('-1.01');
    expect(r('-1.004')).toBe('-1.00');
  });

  it('laat een bedrag dat al op centen staat ongemoeid', () => {
    expect(r('1331.42')).toBe('1331.42');
    expect(rondAf(new Decimal('1750000')).eq(1750000)).toBe(true);
  });

  it("'omhoog' op een veelvoud van € 10: 1234 → 1240, 1240 blijft 1240, 1230,01 → 1240", () => {
    const tientallen = { stap: '10', richting: 'omhoog' } as const;
    expect(rondAf(new Decimal(1234), tientallen).toFixed()).toBe('1240');
    expect(rondAf(new Decimal(1240), tientallen).toFixed()).toBe('1240');
    expect(rondAf(new Decimal('1230.01'), tientallen).toFixed()).toBe('1240');
    expect(rondAf(new Decimal(1), tientallen).toFixed()).toBe('10');
  });

  it("'omhoog' op centen: 1331,425 → 1331,43 en 1331,421 → 1331,43", () => {
    const omhoog = { stap: '0.01', richting: 'omhoog' } as const;
    expect(r('1331.425', omhoog)).toBe('1331.43');
    expect(r('1331.421', omhoog)).toBe('1331.43');
    expect(r('1331.42', omhoog)).toBe('1331.42');
  });

  it("'omlaag' kapt af: 1239 → 1230 op tientallen, 1331,429 → 1331,42 op centen", () => {
    expect(rondAf(new Decimal(1239), { stap: '10', richting: 'omlaag' }).toFixed()).toBe('1230');
    expect(r('1331.429', { stap: '0.01', richting: 'omlaag' })).toBe('1331.42');
  });

  it('property: het resultaat ligt op de stap en hooguit een halve cent van de invoer', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }), (milli) => {
        const waarde = new Decimal(milli.toString()).div(1000);
        const afgerond = rondAf(waarde);
        expect(afgerond.mul(100).isInteger()).toBe(true);
        expect(afgerond.minus(waarde).abs().lte('0.005')).toBe(true);
      }),
    );
  });

  it("property: 'omhoog' is nooit lager en 'omlaag' nooit hoger dan de invoer, binnen één stap", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 9n), max: 10n ** 9n }), (centen) => {
        const waarde = new Decimal(centen.toString()).div(100);
        const op = rondAf(waarde, { stap: '10', richting: 'omhoog' });
        const af = rondAf(waarde, { stap: '10', richting: 'omlaag' });
        expect(op.gte(waarde) && op.minus(waarde).lt(10)).toBe(true);
        expect(af.lte(waarde) && waarde.minus(af).lt(10)).toBe(true);
        expect(op.mod(10).isZero() && af.mod(10).isZero()).toBe(true);
      }),
    );
  });
});

describe('formatBedrag: machineformaat voor CSV en JSON', () => {
  it('schrijft een punt en altijd twee decimalen', () => {
    expect(formatBedrag(new Decimal('1234.56'))).toBe('1234.56');
    expect(formatBedrag(new Decimal('1234.5'))).toBe('1234.50');
    expect(formatBedrag(new Decimal(1750000))).toBe('1750000.00');
    expect(formatBedrag(NUL)).toBe('0.00');
    expect(formatBedrag(new Decimal('-12.5'))).toBe('-12.50');
  });

  it('rondt half omhoog af op centen', () => {
    expect(formatBedrag(new Decimal('1.005'))).toBe('1.01');
    expect(formatBedrag(new Decimal('-1.005'))).toBe('-1.01');
  });

  it('schrijft een bedrag dat op nul uitkomt als 0.00, zonder minteken', () => {
    // formatEuro laat bij een tot nul afgerond negatief bedrag het minteken weg; het machineformaat
    // hoort hetzelfde te doen: "-0.00" is geen bedrag dat een afnemer verwacht.
    expect(formatBedrag(new Decimal('-0.004'))).toBe('0.00');
  });

  it('eigenschap: het snelle pad (al op centen) geeft hetzelfde als toFixed(2, half omhoog), ook voor grote bedragen', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 24n), max: 10n ** 24n }), fc.integer({ min: 0, max: 4 }), (getal, schaal) => {
        const waarde = new Decimal(getal.toString()).div(10 ** schaal);
        const verwacht = waarde.toFixed(2, Decimal.ROUND_HALF_UP);
        expect(formatBedrag(waarde)).toBe(verwacht === '-0.00' ? '0.00' : verwacht);
      }),
    );
  });
});

describe('leesBedrag: het snelle pad', () => {
  /** Hetzelfde bedrag, tot op de interne vorm (teken, exponent, cijfers): dan rekent en schrijft alles erna gelijk. */
  const vorm = (b: Bedrag) => ({ s: b.s, e: b.e, d: b.d, tekst: b.toString() });
  /** Met € en spaties ervoor en erachter: niet het snelle pad, maar de volledige ontleding. */
  const volledig = (tekst: string) => leesBedrag(`€ ${tekst} `);
  const leestGelijk = (tekst: string) => {
    const snel = leesBedrag(tekst);
    const vol = volledig(tekst);
    expect(snel.ok && vol.ok).toBe(true);
    if (snel.ok && vol.ok) expect(vorm(snel.bedrag)).toEqual(vorm(vol.bedrag));
  };

  it('eigenschap: cijfers met hooguit twee decimalen lezen gelijk aan de volledige ontleding (met € en spaties ervoor)', () => {
    fc.assert(
      fc.property(fc.boolean(), fc.stringMatching(/^\d{1,16}$/), fc.constantFrom('', '.5', ',5', '.50', ',05', ',00', '.99'), (min, geheel, rest) => {
        const tekst = `${min ? '-' : ''}${geheel}${rest}`;
        leestGelijk(tekst);
      }),
    );
  });

  it('eigenschap: duizendtallen met punten en een decimale komma ("1.401,50") lezen gelijk aan de volledige ontleding', () => {
    fc.assert(
      fc.property(fc.boolean(), fc.bigInt({ min: 1000n, max: 10n ** 16n }), fc.constantFrom(',5', ',50', ',05', ',00'), (min, euros, rest) => {
        const tekst = `${min ? '-' : ''}${euros.toString().replace(/\B(?=(\d{3})+(?!\d))/g, '.')}${rest}`;
        leestGelijk(tekst);
      }),
    );
  });

  it('eigenschap: wat uit cijfers, punten, komma\'s en mintekens gelezen wordt, leest de volledige ontleding als hetzelfde bedrag', () => {
    // Groepjes cijfers met scheidingstekens ertussen: zo komen bijna-bedragen als 1234.567,89 en 1.23.4 vaak voor.
    const cijfers = fc.stringMatching(/^\d{1,4}$/);
    const soms = (t: string) => fc.oneof({ arbitrary: fc.constant(''), weight: 3 }, fc.constant(t));
    const tekst = fc.tuple(soms('-'), cijfers, fc.array(fc.tuple(fc.constantFrom('.', ',', '.', ',', '-'), cijfers), { maxLength: 3 }), fc.oneof(soms('-'), soms('.'), soms(',')));
    fc.assert(
      fc.property(tekst, ([voor, eerste, rest, na]) => {
        const tekst = `${voor}${eerste}${rest.map(([t, c]) => t + c).join('')}${na}`;
        const snel = leesBedrag(tekst);
        const vol = volledig(tekst);
        if (snel.ok) expect(vol.ok ? vorm(vol.bedrag) : vol.reden).toEqual(vorm(snel.bedrag));
      }),
      { numRuns: 20_000 },
    );
  });

  it.each([
    ['1.401,50', '1401.5'],
    ['780,00', '780'],
    ['-0,00', '0'],
    ['-12,5', '-12.5'],
    ['12.345,6', '12345.6'],
    ['0,05', '0.05'],
    ['007', '7'],
  ])('%s → %s', (tekst, verwacht) => {
    expect(gelezen(tekst)).toBe(verwacht);
  });
});

describe('isPositief en nietNegatief: vergelijken met nul zonder gt(0)', () => {
  it('eigenschap: isPositief(x) is x.gt(0), en nietNegatief(x) is maxBedrag(NUL, x) (hetzelfde object)', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }), fc.integer({ min: 0, max: 4 }), (getal, schaal) => {
        const x = new Decimal(getal.toString()).div(10 ** schaal);
        expect(isPositief(x)).toBe(x.gt(0));
        expect(nietNegatief(x)).toBe(maxBedrag(NUL, x));
      }),
    );
  });

  it.each(['0', '-0', '0.00', '-0.01', '0.01'])('%s', (tekst) => {
    const x = new Decimal(tekst);
    expect(isPositief(x)).toBe(x.gt(0));
    expect(nietNegatief(x)).toBe(maxBedrag(NUL, x));
  });
});

describe('formatEuro: weergave voor mensen', () => {
  it.each([
    ['1234.56', '€ 1.234,56'],
    ['0', '€ 0,00'],
    ['-1234.56', '€ -1.234,56'],
    ['1750000', '€ 1.750.000,00'],
    ['123', '€ 123,00'],
    ['1000', '€ 1.000,00'],
    ['999.995', '€ 1.000,00'],
    ['1234567.891', '€ 1.234.567,89'],
    ['-0.5', '€ -0,50'],
  ])('%s → %s', (waarde, verwacht) => {
    expect(formatEuro(new Decimal(waarde))).toBe(verwacht);
  });

  it('laat het minteken weg als een klein negatief bedrag op € 0,00 uitkomt', () => {
    expect(formatEuro(new Decimal('-0.004'))).toBe('€ 0,00');
  });
});

describe('round-trips (property)', () => {
  const centen = fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n });
  const uitCenten = (n: bigint): Bedrag => new Decimal(n.toString()).div(100);

  it('leesBedrag(formatBedrag(n/100)) geeft voor elk geheel aantal centen n hetzelfde bedrag terug', () => {
    fc.assert(
      fc.property(centen, (n) => {
        const waarde = uitCenten(n);
        const uitkomst = leesBedrag(formatBedrag(waarde));
        expect(uitkomst.ok).toBe(true);
        if (uitkomst.ok) expect(uitkomst.bedrag.eq(waarde)).toBe(true);
      }),
    );
  });

  it('leesBedrag leest de uitvoer van formatEuro terug als hetzelfde bedrag', () => {
    fc.assert(
      fc.property(centen, (n) => {
        const waarde = uitCenten(n);
        const tekst = formatEuro(waarde);
        const uitkomst = leesBedrag(tekst);
        expect(uitkomst.ok, tekst).toBe(true);
        if (uitkomst.ok) expect(uitkomst.bedrag.eq(waarde), tekst).toBe(true);
      }),
    );
  });

  it('een bedrag met puntgroepering en decimale komma leest als hetzelfde getal zonder groepering', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 1000n, max: 10n ** 12n }), fc.integer({ min: 0, max: 99 }), (euros, ct) => {
        const geheel = euros.toString();
        const gegroepeerd = geheel.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
        const c = String(ct).padStart(2, '0');
        expect(gelezen(`${gegroepeerd},${c}`)).toBe(new Decimal(`${geheel}.${c}`).toFixed());
        expect(gelezen(`${geheel.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${c}`)).toBe(new Decimal(`${geheel}.${c}`).toFixed());
      }),
    );
  });
});

describe('bedrag, som, maxBedrag, minBedrag', () => {
  it('bedrag() weigert een gebroken number, maar accepteert tekst en gehele getallen', () => {
    expect(() => bedrag(0.1)).toThrow(RangeError);
    expect(bedrag('0.1').toFixed()).toBe('0.1');
    expect(bedrag(150).toFixed()).toBe('150');
  });

  it('som telt exact op; de lege som is 0', () => {
    expect(som([bedrag('0.1'), bedrag('0.2'), bedrag('-0.3')]).isZero()).toBe(true);
    expect(som([]).isZero()).toBe(true);
    expect(som([bedrag('1234.56'), bedrag('0.44')]).toFixed()).toBe('1235');
  });

  it('maxBedrag en minBedrag kiezen het grootste en kleinste', () => {
    expect(maxBedrag(bedrag('1.5'), bedrag('-2')).toFixed()).toBe('1.5');
    expect(minBedrag(bedrag('1.5'), bedrag('-2')).toFixed()).toBe('-2');
  });
});
