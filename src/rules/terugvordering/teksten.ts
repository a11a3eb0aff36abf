/**
 * Omschrijvingen die in elke zaak terugkomen, per maand één keer gemaakt: de uitvoer zoekt het begin
 * van een stap op aan zijn omschrijving, en een tekst die al bestaat hoeft dan niet opnieuw
 * opgebouwd en gehasht te worden (een korte maand als sleutel wel, maar die is goedkoop).
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
