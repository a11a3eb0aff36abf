/**
 * Omschrijvingen die in elke zaak terugkomen, per maand één keer gemaakt: een tekst van 130 tekens
 * per maand opbouwen en bij het opmaken platslaan en doorzoeken kostte 3-5% van een werker
 * (terugvordering, gemeten zonder deze cache); een korte maand als sleutel opzoeken is goedkoop.
 */
export class MaandTeksten {
  private readonly teksten = new Map<string, string>();

  constructor(private readonly maak: (maand: string) => string) {}

  tekst(maand: string): string {
    let tekst = this.teksten.get(maand);
    if (tekst === undefined) {
      tekst = this.maak(maand);
      // Begrensd: een cache hoort niet met de invoer mee te groeien.
      if (this.teksten.size < 1000) this.teksten.set(maand, tekst);
    }
    return tekst;
  }
}
