// The order files start in: the browser journeys first, longest first, then the rest as vitest
// orders them (slowest first from its cache, else largest first). The journeys take most of the
// suite's time; started last, one of them would run alone at the end while the other workers idle.
import { BaseSequencer, type TestSpecification } from "vitest/node";

const isJourney = (file: string) => /browser-journey\.test\.ts$|[/\\]test[/\\]e2e[/\\][^/\\]+\.test\.ts$/.test(file);

export default class JourneysFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    return [
      ...sorted.filter((spec) => isJourney(spec.moduleId)),
      ...sorted.filter((spec) => !isJourney(spec.moduleId)),
    ];
  }
}
