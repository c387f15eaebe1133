let tracking: Set<Sig<unknown>> | null = null;
class Sig<T> {
  subs = new Set<() => void>();
  constructor(public v: T) {}
  get value(): T {
    tracking?.add(this as Sig<unknown>);
    return this.v;
  }
  set value(v: T) {
    if (v !== this.v) {
      this.v = v;
      for (const s of [...this.subs]) s();
    }
  }
  peek() {
    return this.v;
  }
}
export const signal = <T>(v: T) => new Sig(v);
export function effect(fn: () => void) {
  let deps = new Set<Sig<unknown>>();
  const run = () => {
    for (const d of deps) d.subs.delete(run);
    const prev = tracking;
    tracking = deps = new Set();
    try {
      fn();
    } finally {
      tracking = prev;
    }
    for (const d of deps) d.subs.add(run);
  };
  run();
  return () => {
    for (const d of deps) d.subs.delete(run);
  };
}
export function computed<T>(fn: () => T) {
  const s = new Sig<T>(undefined as T);
  effect(() => {
    s.value = fn();
  });
  return s;
}
export const batch = (fn: () => void) => fn();
export type ReadonlySignal<T> = Sig<T>;
