import type { ItemId, RecipientId } from '../shared/brand';
import { proRataShares } from './baseline';
import { qualityOf, type QualityMetrics } from './metrics';
import type { PreparedPlan } from './plan-input';
import type { Text } from './policy';
import type { RecipientScore } from './score';
import { boundsOf, exactShares } from './solution';
import { BOUND_REASONS, type AllocationSolution, type BoundReason } from './types';

/** One recipient x item line of a plan, with everything needed to say why. */
export interface PlanLine {
  recipient: RecipientId;
  item: ItemId;
  /** Units asked for. */
  requested: number;
  /** Units counted as need (the request, or the forecast when it caps the request). */
  need: number;
  cappedByForecast: boolean;
  /** Exact fair share in units before whole packs. */
  exact: number;
  packs: number;
  /** packs × pack size. */
  quantity: number;
  /** quantity ÷ need (1 when the need is 0). */
  fillRate: number;
  /** The recipient's policy weight (its breakdown is in AllocationPlan.recipients). */
  weight: number;
  /** The water level λ where supply ran out (fill rate = λ × weight), when that bound the line. */
  level: number | null;
  bound: BoundReason;
  /** Units a population pro-rata rule would have given (exact), and its fill rate. */
  proRata: number;
  proRataFillRate: number;
  reason: Text;
}

/** Per item: stock, reserve, what was available and what was allocated. */
export interface PlanItem {
  item: ItemId;
  packSize: number;
  stock: number;
  producible: number;
  reserve: number;
  available: number;
  need: number;
  allocated: number;
  /** available − allocated: units left in stock (whole packs, lot sizes, or needs all met). */
  leftover: number;
  level: number | null;
}

/** A recipient's weight and where it comes from. */
export interface PlanRecipient {
  id: RecipientId;
  name: string;
  kind: 'country' | 'organisation';
  population: number | null;
  score: RecipientScore;
}

/** An allocation proposal: every line explained, with the pro-rata comparison. */
export interface AllocationPlan {
  policy: { id: string; version: string; needRule: string; reciprocity: boolean };
  solver: string;
  items: PlanItem[];
  recipients: PlanRecipient[];
  lines: PlanLine[];
  /** Exact shares of ours and of population pro-rata, over lines with a need. */
  quality: { ours: QualityMetrics; proRata: QualityMetrics };
  notes: Text[];
}

/** Turn a solver's answer into an explained plan. */
export function explainPlan(prepared: PreparedPlan, solution: AllocationSolution): AllocationPlan {
  const { problem, supply, profiles, scores, policy } = prepared;
  const n = problem.recipients.length;
  const exact = exactShares(problem, solution);
  const bounds = boundsOf(problem, solution);
  const population = profiles.map((p) => p.population ?? 0);
  const proRata = new Float64Array(problem.needs.length);
  const lineWeights = new Float64Array(problem.needs.length);
  problem.items.forEach((item, k) => {
    const shares = proRataShares(
      problem.needs.subarray(k * n, (k + 1) * n),
      population,
      item.available,
    );
    proRata.set(shares, k * n);
    for (let i = 0; i < n; i++) lineWeights[k * n + i] = problem.recipients[i]!.weight;
  });
  const lines: PlanLine[] = [];
  const items: PlanItem[] = problem.items.map((item, k) => {
    let allocated = 0;
    let need = 0;
    for (let i = 0; i < n; i++) {
      const j = k * n + i;
      allocated += solution.packs[j]! * item.packSize;
      need += problem.needs[j]!;
    }
    const s = supply[k]!;
    return {
      item: item.id,
      packSize: item.packSize,
      stock: s.stock,
      producible: s.producible,
      reserve: s.reserve,
      available: s.available,
      need,
      allocated,
      leftover: s.available - allocated,
      level: solution.levels[k] ?? null,
    };
  });
  problem.recipients.forEach((r, i) => {
    problem.items.forEach((item, k) => {
      const j = k * n + i;
      if (!prepared.hasRequest[j]) return;
      const need = problem.needs[j]!;
      const quantity = solution.packs[j]! * item.packSize;
      let bound = BOUND_REASONS[bounds[j]!]!;
      if (need > 0 && (bound === 'need' || bound === 'none') && quantity < need) bound = 'lot-size';
      const level = bound === 'supply' && need > 0 ? exact[j]! / (r.weight * need) : null;
      const line: PlanLine = {
        recipient: r.id,
        item: item.id,
        requested: prepared.requested[j]!,
        need,
        cappedByForecast: prepared.cappedByForecast[j] === 1,
        exact: exact[j]!,
        packs: solution.packs[j]!,
        quantity,
        fillRate: need > 0 ? quantity / need : 1,
        weight: r.weight,
        level,
        bound,
        proRata: proRata[j]!,
        proRataFillRate: need > 0 ? proRata[j]! / need : 1,
        reason: { en: '', zh: '' },
      };
      line.reason = reasonFor(
        line,
        item.packSize,
        profiles[i]!.population !== null,
        profiles[i]!.name,
      );
      lines.push(line);
    });
  });
  const reciprocity = policy.factors.some(
    (f) => f.id === 'reciprocity' && f.enabled && f.weight > 0,
  );
  const notes: Text[] = [];
  if (reciprocity) {
    notes.push({
      en: 'Reciprocity is on: help received earlier raises a recipient’s weight.',
      zh: '互助回报已开启：此前提供过援助的受援方权重提高。',
    });
  }
  if (profiles.some((p) => p.population === null)) {
    notes.push({
      en: 'Recipients without a population (organisations) get nothing under population pro-rata.',
      zh: '无人口数据的受援方（国际组织）在按人口比例分配下一无所得。',
    });
  }
  return {
    policy: { id: policy.id, version: policy.version, needRule: policy.needRule, reciprocity },
    solver: solution.solver,
    items,
    recipients: profiles.map((p, i) => ({
      id: p.id,
      name: p.name,
      kind: p.kind,
      population: p.population,
      score: scores[i]!,
    })),
    lines,
    quality: {
      ours: qualityOf(exact, problem.needs, lineWeights),
      proRata: qualityOf(proRata, problem.needs, lineWeights),
    },
    notes,
  };
}

/** One plain-words sentence per line, in English and Chinese. */
export function reasonFor(
  line: PlanLine,
  packSize: number,
  hasPopulation: boolean,
  name: string,
): Text {
  const q = fmt(line.quantity);
  const d = fmt(line.need);
  const f = pct(line.fillRate);
  let en: string;
  let zh: string;
  switch (line.bound) {
    case 'need':
    case 'none':
      en = `Need met: ${q} of ${d} (${f}).`;
      zh = `需求已满足：${q} / ${d}（${f}）。`;
      break;
    case 'lot-size':
      en = `Whole packs of ${fmt(packSize)} or the minimum lot: ${q} of ${d} (${f}).`;
      zh = `受整包（每包 ${fmt(packSize)}）或最小批量限制：${q} / ${d}（${f}）。`;
      break;
    case 'supply': {
      const l = line.level ?? 0;
      const share = pct(l * line.weight);
      en = `Supply ran out at level λ = ${l.toPrecision(3)}: lines still short get λ × weight (${line.weight.toFixed(2)}) = ${share} of need; ${q} of ${d} in whole packs.`;
      zh = `供应在水平 λ = ${l.toPrecision(3)} 处用尽：仍有缺口的各行获得 λ × 权重（${line.weight.toFixed(2)}）= 需求的 ${share}；按整包为 ${q} / ${d}。`;
      break;
    }
    case 'cargo':
      en = `Cargo capacity to ${name} is full: ${q} of ${d} (${f}).`;
      zh = `运往${name}的运力已满：${q} / ${d}（${f}）。`;
      break;
  }
  if (line.cappedByForecast) {
    en += ` Request of ${fmt(line.requested)} capped at the forecast net need.`;
    zh += `申请量 ${fmt(line.requested)} 按预测净需求封顶。`;
  }
  if (hasPopulation) {
    en += ` Population pro-rata would give ${fmt(line.proRata)} (${pct(line.proRataFillRate)}).`;
    zh += `按人口比例分配将得到 ${fmt(line.proRata)}（${pct(line.proRataFillRate)}）。`;
  } else {
    en += ' Population pro-rata would give nothing (no population).';
    zh += '按人口比例分配将一无所得（无人口数据）。';
  }
  return { en, zh };
}

/** A quantity rounded to units with thousands separators (locale-free). */
export function fmt(x: number): string {
  return String(Math.round(x)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

function pct(x: number): string {
  return `${Math.round(x * 100)} %`;
}
