// Our own line drawings of what to look for at each checkpoint: a good squat beside the fault,
// front or side view. Decorative detail is in the caption, which says the same in words.
import type { Checkpoint } from '../domain/assessment';

interface Pose {
  kneeIn?: number; kneeOut?: number; footOut?: number; heelUp?: number; lean?: number;
  arch?: number; round?: number; armsForward?: number; shrug?: number; headForward?: number; shift?: number;
}

function Front({ p, hi }: { p: Pose; hi: string }) {
  const sh = p.shift ?? 0;
  const kIn = (p.kneeIn ?? 0) - (p.kneeOut ?? 0);
  const fo = p.footOut ?? 0;
  const shrug = p.shrug ?? 0;
  const hi2 = (part: string) => (hi === part ? '#c2410c' : 'currentColor');
  // A squat seen from the front: hips low, thighs short (foreshortened), knees over the feet.
  return (
    <g fill="none" stroke="currentColor" stroke-width="3" stroke-linecap="round" stroke-linejoin="round">
      <circle cx={60 + sh} cy={24 - shrug / 2} r="9" />
      <path d={`M${44 + sh} ${46 - shrug}L${76 + sh} ${46 - shrug}M${60 + sh} 34L${60 + sh} 98`} />
      <path d={`M${44 + sh} ${46 - shrug}L${40 + sh} 8M${76 + sh} ${46 - shrug}L${80 + sh} 8`} stroke={hi2('shoulders')} />
      <path d={`M${50 + sh} 100H${70 + sh}`} />
      <path d={`M${50 + sh} 100L${34 + kIn} 116L36 146M${70 + sh} 100L${86 - kIn} 116L84 146`} stroke={hi2('knees')} />
      <path d={`M36 146L${34 - fo} 154M84 146L${86 + fo} 154`} stroke={hi2('feet')} stroke-width="5" />
      <path d="M35 154V106M85 154V106" stroke="#4a5560" stroke-width="1" stroke-dasharray="3 3" />
    </g>
  );
}

function Side({ p, hi }: { p: Pose; hi: string }) {
  // A squat seen from the side, facing right: a good squat keeps the trunk parallel to the shins and
  // the arms in line with the trunk.
  const hip = { x: 42, y: 98 };
  const knee = { x: 82, y: 104 };
  const ankle = { x: 64, y: 142 };
  const len = 54;
  // Rotate a direction forward (clockwise on screen) by some degrees.
  const turn = (v: { x: number; y: number }, deg: number) => {
    const t = (deg * Math.PI) / 180;
    return { x: v.x * Math.cos(t) - v.y * Math.sin(t), y: v.x * Math.sin(t) + v.y * Math.cos(t) };
  };
  const shinLen = Math.hypot(knee.x - ankle.x, knee.y - ankle.y);
  const dir = turn({ x: (knee.x - ankle.x) / shinLen, y: (knee.y - ankle.y) / shinLen }, p.lean ?? 0);
  const shoulder = { x: hip.x + dir.x * len, y: hip.y + dir.y * len };
  const head = { x: shoulder.x + dir.x * 14 + (p.headForward ?? 0), y: shoulder.y + dir.y * 14 };
  const mid = { x: (hip.x + shoulder.x) / 2, y: (hip.y + shoulder.y) / 2 };
  const back = p.arch ? `Q${mid.x + 12} ${mid.y + 8} ${shoulder.x} ${shoulder.y}`
    : p.round ? `Q${mid.x - 12} ${mid.y} ${shoulder.x} ${shoulder.y}` : `L${shoulder.x} ${shoulder.y}`;
  const arm = turn(dir, p.armsForward ?? 0);
  const hand = { x: shoulder.x - 6 + arm.x * 46, y: shoulder.y + arm.y * 46 };
  const heel = p.heelUp ?? 0;
  const hl = (part: string) => (hi === part ? '#c2410c' : 'currentColor');
  return (
    <g fill="none" stroke="currentColor" stroke-width="3" stroke-linecap="round" stroke-linejoin="round">
      <path d={`M${hip.x} ${hip.y}${back}`} stroke={hi === 'low_back' || hi === 'trunk' ? '#c2410c' : 'currentColor'} />
      <circle cx={head.x} cy={head.y} r="8" fill="#fff" stroke={hl('head')} />
      <path d={`M${shoulder.x - 2} ${shoulder.y}L${hand.x} ${hand.y}`} stroke={hl('arms')} />
      <path d={`M${hip.x} ${hip.y}L${knee.x} ${knee.y}L${ankle.x} ${ankle.y - heel}L${ankle.x + 22} ${146}`} />
      <path d={`M${knee.x + 14} ${knee.y - 4}L${ankle.x + 14} ${ankle.y - 4}`} stroke="#4a5560" stroke-width="1" stroke-dasharray="3 3" />
    </g>
  );
}

const FAULTS: Record<Checkpoint['id'], Pose> = {
  feet: { footOut: 10 },
  knees: { kneeIn: 14 },
  low_back: { arch: 1 },
  trunk: { lean: 25 },
  arms: { armsForward: 35 },
  shoulders: { shrug: 8 },
  head: { headForward: 9 },
};

export function CheckpointDrawing({ checkpoint }: { checkpoint: Checkpoint }) {
  const Fig = checkpoint.view === 'front' ? Front : Side;
  const view = checkpoint.view === 'front' ? 'from the front' : 'from the side';
  return (
    <figure class="drawing">
      <div class="drawing-pair">
        <svg viewBox="0 0 120 160" role="img" aria-labelledby={`good-${checkpoint.id}`}>
          <title id={`good-${checkpoint.id}`}>Good overhead squat seen {view}</title>
          <Fig p={{}} hi="" />
        </svg>
        <svg viewBox="0 0 120 160" role="img" aria-labelledby={`bad-${checkpoint.id}`} class="fault">
          <title id={`bad-${checkpoint.id}`}>{checkpoint.title}: the fault to look for, seen {view}, in orange</title>
          <Fig p={FAULTS[checkpoint.id]} hi={checkpoint.id} />
        </svg>
      </div>
      <figcaption>Left: a good squat. Right: the fault, in orange. Film yourself {view}, arms overhead, five slow squats.</figcaption>
    </figure>
  );
}

export function SingleLegDrawing({ balance = false }: { balance?: boolean }) {
  return (
    <figure class="drawing">
      <svg viewBox="0 0 120 160" role="img" aria-labelledby={balance ? 'slb-title' : 'sls-title'} class="single">
        <title id={balance ? 'slb-title' : 'sls-title'}>{balance ? 'Standing on one leg, hands on hips, the other foot off the floor' : 'Single-leg squat from the front: the standing knee stays over the second toe, hips level'}</title>
        <g fill="none" stroke="currentColor" stroke-width="3" stroke-linecap="round" stroke-linejoin="round">
          <circle cx="60" cy="18" r="9" />
          <path d="M60 28V78M44 40H76M44 40L50 62L58 70M76 40L70 62L62 70" />
          <path d="M50 80H70" />
          <path d={balance ? 'M54 80L54 142L44 148M66 80L76 104L86 110' : 'M54 80L48 110L54 142L44 148M66 80L80 100L90 96'} />
          <path d="M54 150V100" stroke="#8a96a3" stroke-width="1" stroke-dasharray="3 3" />
        </g>
      </svg>
      <figcaption>{balance
        ? 'Hands on hips, lift one foot just off the floor and start the stopwatch; stop it when the foot touches down, a hand leaves the hip, or the standing foot shifts.'
        : 'Film from the front. Hands on hips, squat on one leg to a comfortable depth five times, then the other leg. The dashed line is where the knee should stay.'}</figcaption>
    </figure>
  );
}
