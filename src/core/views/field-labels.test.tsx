import { describe, expect, it } from "vitest";
import type { ComponentChildren } from "preact";
import { collectFieldLabels, labelledMessage } from "./field-labels";

function Wrapper({ children }: { children?: ComponentChildren }) {
  return <div class="wrapper">{children}</div>;
}
function TextField({ name, label }: { name: string; label: string }) {
  return (
    <div>
      <label for={`field-${name}`}>{label}</label>
      <input id={`field-${name}`} name={name} />
    </div>
  );
}

describe("field labels for the error summary", () => {
  it("finds labels and fieldset legends, also inside components", () => {
    const labels = collectFieldLabels(
      <>
        <TextField name="email" label="E-mailadres" />
        <Wrapper>
          <label for="field-postcode">
            Postcode <span>(niet verplicht)</span>
          </label>
          <fieldset id="field-roles">
            <legend>Rollen</legend>
            <label for="other">Geen veld</label>
          </fieldset>
        </Wrapper>
      </>,
    );
    expect(Object.fromEntries(labels)).toEqual({
      email: "E-mailadres",
      postcode: "Postcode (niet verplicht)",
      roles: "Rollen",
    });
  });

  it("puts the label before the message without doubling punctuation", () => {
    expect(labelledMessage("E-mailadres", "Vul dit veld in.")).toBe("E-mailadres: vul dit veld in.");
    expect(labelledMessage("Naam:", "U koos niets.")).toBe("Naam: u koos niets.");
    expect(labelledMessage("Munteenheid", "EUR is onbekend.")).toBe("Munteenheid: EUR is onbekend.");
    expect(labelledMessage("Kan het?", "Kies een antwoord.")).toBe("Kan het? Kies een antwoord.");
    expect(labelledMessage(undefined, "Vul dit veld in.")).toBe("Vul dit veld in.");
  });
});
