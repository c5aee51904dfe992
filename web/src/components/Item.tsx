// One prescribed exercise (a plan or routine item): name, dose, load, cues, why, variants.
import type { Exercise, PlanItem } from '../domain/documents';
import { dose, exerciseName, humanize } from '../domain/documents';
import { EQUIPMENT, LABELS, isOneOf } from '../domain/enums';

const ROLE_LABEL: Record<string, string> = {
  inhibit: 'Roll (inhibit)', lengthen: 'Stretch (lengthen)', activate: 'Activate', integrate: 'Integrate',
  mobility: 'Mobility', strength: 'Strength', power: 'Power', plyometric: 'Plyometric', core: 'Core',
  balance: 'Balance', cool_down: 'Cool-down', rehab: 'Rehab',
};

export function loadText(item: PlanItem, exercise?: Exercise): string {
  if (item.pct_1rm !== null) return `${item.pct_1rm} % of your 1RM`;
  if (item.rpe !== null) return `a load you could lift about ${10 - item.rpe} more times (RPE ${item.rpe})`;
  if (exercise && exercise.equipment.length === 0) return 'bodyweight';
  if (exercise) {
    const kit = exercise.equipment.map((e) => (isOneOf(EQUIPMENT, e) ? LABELS.equipment[e] : humanize(e)).toLowerCase()).join(', ');
    const loaded = item.role === 'strength' || item.role === 'power' || item.role === 'rehab';
    return loaded ? `${kit}: a load you can control at the tempo` : kit;
  }
  return 'not given in the plan';
}

export function ItemCard({ item, exercises }: { item: PlanItem; exercises?: Map<string, Exercise> | undefined }) {
  const ex = exercises?.get(item.exercise);
  const easier = ex?.regression ? exercises?.get(ex.regression)?.name ?? humanize(ex.regression) : null;
  const harder = ex?.progression ? exercises?.get(ex.progression)?.name ?? humanize(ex.progression) : null;
  return (
    <li class="item-card">
      <h4>{exerciseName(item, exercises)} <span class="role-tag">{ROLE_LABEL[item.role] ?? item.role}</span></h4>
      <p class="dose"><strong>{dose(item)}</strong>{item.side_first ? <>, start on the {item.side_first}</> : null}</p>
      <dl class="item-facts">
        <div><dt>{ex && ex.equipment.length > 0 && item.pct_1rm === null && item.rpe === null ? 'With' : 'Load'}</dt><dd>{loadText(item, ex)}</dd></div>
        {item.pair_with && <div><dt>Pair with</dt><dd>{exercises?.get(item.pair_with)?.name ?? humanize(item.pair_with)}</dd></div>}
        {ex && ex.cues.length > 0 && <div><dt>Cues</dt><dd><ul class="cues">{ex.cues.map((c) => <li>{c}</li>)}</ul></dd></div>}
        <div><dt>Why</dt><dd>{item.why}</dd></div>
        {(easier || harder) && (
          <div><dt>Variants</dt><dd>{easier && <>Easier: {easier}</>}{easier && harder && <br />}{harder && <>Harder: {harder}</>}</dd></div>
        )}
      </dl>
    </li>
  );
}
