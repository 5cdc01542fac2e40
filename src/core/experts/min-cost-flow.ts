interface Arc {
  to: number;
  cap: number;
  cost: bigint;
  /** Index of the reverse arc in graph[to]. */
  rev: number;
}

/** A handle to an arc added to a FlowNetwork, to read its flow after solving. */
export interface ArcHandle {
  from: number;
  index: number;
  cap: number;
}

/**
 * A directed network for exact min-cost max-flow with integer capacities and exact (bigint) costs.
 * Costs must be non-negative when added; successive shortest paths with Dijkstra on reduced costs.
 */
export class FlowNetwork {
  private readonly graph: Arc[][];

  constructor(readonly size: number) {
    this.graph = Array.from({ length: size }, () => []);
  }

  /** Adds an arc from `from` to `to` with a capacity and a non-negative cost per unit. */
  addArc(from: number, to: number, cap: number, cost: bigint): ArcHandle {
    if (cost < 0n) throw new RangeError('FlowNetwork: arc costs must be non-negative');
    const out = this.arcs(from);
    const back = this.arcs(to);
    out.push({ to, cap, cost, rev: back.length });
    back.push({ to: from, cap: 0, cost: -cost, rev: out.length - 1 });
    return { from, index: out.length - 1, cap };
  }

  /** The flow an arc carries after minCostMaxFlow. */
  flowOn(handle: ArcHandle): number {
    return handle.cap - this.arc(handle.from, handle.index).cap;
  }

  /** Sends as much flow as possible from source to sink at the least total cost among maximum flows. */
  minCostMaxFlow(source: number, sink: number): { flow: number; cost: bigint } {
    const potential: bigint[] = new Array<bigint>(this.size).fill(0n);
    let flow = 0;
    let cost = 0n;
    for (;;) {
      const { dist, prevNode, prevArc } = this.shortestPaths(source, potential);
      const sinkDist = dist[sink];
      if (sinkDist === undefined || sinkDist === null) break;
      for (let v = 0; v < this.size; v++) {
        const d = dist[v];
        if (d !== null && d !== undefined) potential[v] = (potential[v] ?? 0n) + d;
      }
      let push = Infinity;
      for (let v = sink; v !== source; v = prevNode[v] ?? source) {
        push = Math.min(push, this.arc(prevNode[v] ?? source, prevArc[v] ?? 0).cap);
      }
      for (let v = sink; v !== source; v = prevNode[v] ?? source) {
        const arc = this.arc(prevNode[v] ?? source, prevArc[v] ?? 0);
        arc.cap -= push;
        this.arc(v, arc.rev).cap += push;
        cost += BigInt(push) * arc.cost;
      }
      flow += push;
    }
    return { flow, cost };
  }

  private arcs(node: number): Arc[] {
    const list = this.graph[node];
    if (!list) throw new RangeError(`FlowNetwork: no node ${node}`);
    return list;
  }

  private arc(node: number, index: number): Arc {
    const arc = this.arcs(node)[index];
    if (!arc) throw new RangeError(`FlowNetwork: no arc ${index} at node ${node}`);
    return arc;
  }

  /** Dijkstra on reduced costs (cost + potential[u] - potential[v] >= 0) over arcs with capacity left. */
  private shortestPaths(source: number, potential: readonly bigint[]) {
    const dist: (bigint | null)[] = new Array<bigint | null>(this.size).fill(null);
    const prevNode: number[] = new Array<number>(this.size).fill(-1);
    const prevArc: number[] = new Array<number>(this.size).fill(-1);
    const done: boolean[] = new Array<boolean>(this.size).fill(false);
    const heap = new MinHeap();
    dist[source] = 0n;
    heap.push(0n, source);
    for (let top = heap.pop(); top; top = heap.pop()) {
      const [d, u] = top;
      if (done[u] || dist[u] !== d) continue;
      done[u] = true;
      this.arcs(u).forEach((arc, i) => {
        if (arc.cap <= 0) return;
        const nd = d + arc.cost + (potential[u] ?? 0n) - (potential[arc.to] ?? 0n);
        const old = dist[arc.to];
        if (old === null || old === undefined || nd < old) {
          dist[arc.to] = nd;
          prevNode[arc.to] = u;
          prevArc[arc.to] = i;
          heap.push(nd, arc.to);
        }
      });
    }
    return { dist, prevNode, prevArc };
  }
}

/** A binary min-heap of (key, node) pairs; ties broken by node for determinism. */
class MinHeap {
  private readonly items: [bigint, number][] = [];

  push(key: bigint, node: number): void {
    const items = this.items;
    items.push([key, node]);
    let i = items.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.less(i, parent)) break;
      this.swap(i, parent);
      i = parent;
    }
  }

  pop(): [bigint, number] | undefined {
    const items = this.items;
    const top = items[0];
    const last = items.pop();
    if (top === undefined || last === undefined) return undefined;
    if (items.length === 0) return top;
    items[0] = last;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < items.length && this.less(l, m)) m = l;
      if (r < items.length && this.less(r, m)) m = r;
      if (m === i) break;
      this.swap(i, m);
      i = m;
    }
    return top;
  }

  private less(a: number, b: number): boolean {
    const x = this.items[a];
    const y = this.items[b];
    if (!x || !y) return false;
    return x[0] < y[0] || (x[0] === y[0] && x[1] < y[1]);
  }

  private swap(a: number, b: number): void {
    const x = this.items[a];
    const y = this.items[b];
    if (!x || !y) return;
    this.items[a] = y;
    this.items[b] = x;
  }
}
