;; Per-item passes of the fast allocation path, two lines at a time (f64x2 SIMD).
;;
;; The source of src/core/allocation/kernels.wasm.ts: `npm run kernels:build` compiles it, and
;; test/build/kernels-source.test.ts fails when the two differ. fast-solver.ts has the same passes in
;; TypeScript (the fallback where WebAssembly is unavailable) with the same arithmetic in the same order,
;; so both give bit-identical results (src/core/allocation/wasm-kernels.test.ts compares them).
;;
;; Rows hold n2 = n rounded up to even lines; a padding line has need 0 and weight 1, which adds nothing
;; and is never a candidate. Addresses are byte offsets into the exported memory, 16-byte aligned.
;; Results beyond the return value go to fixed slots: 0 = weighted need or capped need (f64),
;; 8 = bad flag (i32), 12 = candidate count (i32), 16 = capped weighted need (f64).
;; The source of src/core/allocation/kernels.wasm.ts: `npm run kernels:build` compiles it, and
;; test/build/kernels-source.test.ts fails when the two differ. fast-solver.ts and water-fill.ts have the
;; same passes in TypeScript (the fallback where WebAssembly is unavailable) with the same arithmetic in
;; the same order, so both give bit-identical results (fast-solver.test.ts compares them).
;;
;; Two exports per item: $level (totals, walk over breakpoints, level) and $round (floors, remainders,
;; extra packs), so an item costs two calls from JavaScript.
;; Rows hold n2 = n rounded up to even lines; a padding line has need 0 and weight 1, which adds nothing
;; and is never a candidate. Addresses are byte offsets into the exported memory, 16-byte aligned.
;; Slots: 0 = weighted need or capped need (f64), 8 = bad flag (i32), 12 = candidate count (i32),
;; 16 = capped weighted need (f64), 24 = packs still to choose among the listed lines (i32),
;; 28 = packs left after the floors, negative when they overshoot the supply (i32).
(module
  (memory (export "memory") 1)

  ;; Water level λ of one item (water-fill.ts waterLevel): NaN when a need is negative or not finite,
  ;; −1 when the supply covers every need.
  (func (export "level")
      (param $needs i32) (param $w i32) (param $order i32) (param $n i32) (param $n2 i32)
      (param $available f64) (result f64)
    (local $total f64) (local $weighted f64) (local $j i32) (local $rest f64) (local $i i32)
    (local.set $total (call $totals (local.get $needs) (local.get $w) (local.get $n2)))
    (local.set $weighted (f64.load (i32.const 0)))
    (if (i32.or (i32.load (i32.const 8))
                (f64.ne (f64.sub (local.get $total) (local.get $total)) (f64.const 0)))
      (then (return (f64.const nan))))
    (if (f64.le (local.get $total) (local.get $available)) (then (return (f64.const -1))))
    (if (i32.eqz (f64.gt (local.get $available) (f64.const 0))) (then (return (f64.const 0))))
    (local.set $j (call $scan (local.get $needs) (local.get $w) (local.get $order) (local.get $n)
                              (local.get $available) (local.get $weighted)))
    (if (i32.ge_u (local.get $j) (local.get $n))
      (then
        ;; Only reachable through rounding when supply is within an ulp of total need:
        ;; 1 / the smallest weight with a positive need (1 when none).
        (local.set $j (local.get $n))
        (block $none
          (loop $down
            (br_if $none (i32.eqz (local.get $j)))
            (local.set $j (i32.sub (local.get $j) (i32.const 1)))
            (local.set $i (i32.shl (i32.load (i32.add (local.get $order) (i32.shl (local.get $j) (i32.const 2))))
                                   (i32.const 3)))
            (if (f64.gt (f64.load (i32.add (local.get $needs) (local.get $i))) (f64.const 0))
              (then (return (f64.div (f64.const 1) (f64.load (i32.add (local.get $w) (local.get $i)))))))
            (br $down)))
        (return (f64.const 1))))
    (local.set $rest (f64.sub (local.get $weighted) (f64.load (i32.const 16))))
    ;; Cancellation guard: recompute the uncapped weighted need exactly when it is small.
    (if (f64.lt (local.get $rest) (f64.mul (local.get $weighted) (f64.const 1e-4)))
      (then
        (local.set $rest (f64.const 0))
        (block $end
          (loop $tail
            (br_if $end (i32.ge_u (local.get $j) (local.get $n)))
            (local.set $i (i32.shl (i32.load (i32.add (local.get $order) (i32.shl (local.get $j) (i32.const 2))))
                                   (i32.const 3)))
            (local.set $rest (f64.add (local.get $rest)
              (f64.mul (f64.load (i32.add (local.get $w) (local.get $i)))
                       (f64.load (i32.add (local.get $needs) (local.get $i))))))
            (local.set $j (i32.add (local.get $j) (i32.const 1)))
            (br $tail)))))
    (f64.div (f64.sub (local.get $available) (f64.load (i32.const 0))) (local.get $rest)))

  ;; Whole packs of one item at level λ (fast-solver.ts fillItem + giveExtras): floors, then one more
  ;; pack to every candidate when the packs left cover them all, else to every candidate above the
  ;; bucket where the cut falls. That bucket's lines are listed in perm (returns how many) and slot 24
  ;; says how many of them get one more; the caller picks them by remainder, then canonical rank.
  (func (export "round")
      (param $needs i32) (param $w i32) (param $packs i32) (param $frac i32) (param $hist i32)
      (param $perm i32) (param $n2 i32) (param $level f64) (param $p f64) (param $size i32)
      (param $available f64) (result i32)
    (local $room f64) (local $k i32) (local $top i32) (local $above i32) (local $count i32)
    (local.set $room (f64.sub
      (f64.floor (f64.div (local.get $available) (local.get $p)))
      (call $fill (local.get $needs) (local.get $w) (local.get $packs) (local.get $frac) (local.get $hist)
                  (local.get $n2) (local.get $level) (f64.div (f64.const 1) (local.get $p)) (local.get $p)
                  (local.get $size))))
    (local.set $k (i32.load (i32.const 12)))
    (i32.store (i32.const 24) (i32.const 0))
    (i32.store (i32.const 28) (i32.trunc_sat_f64_s (local.get $room)))
    (if (i32.or (f64.le (local.get $room) (f64.const 0)) (i32.eqz (local.get $k)))
      (then (return (i32.const 0))))
    (if (f64.ge (local.get $room) (f64.convert_i32_s (local.get $k)))
      (then
        (drop (call $extras (local.get $packs) (local.get $frac) (local.get $perm) (local.get $n2)
                            (f64.const 0) (f64.const 0)))
        (return (i32.const 0))))
    ;; room < k here, so it fits an i32. Walk buckets from the top until they hold room candidates.
    (local.set $top (i32.sub (local.get $size) (i32.const 1)))
    (block $found
      (loop $down
        (local.set $count (i32.load (i32.add (local.get $hist) (i32.shl (local.get $top) (i32.const 2)))))
        (br_if $found (i32.ge_s (i32.add (local.get $above) (local.get $count))
                                (i32.trunc_sat_f64_s (local.get $room))))
        (local.set $above (i32.add (local.get $above) (local.get $count)))
        (local.set $top (i32.sub (local.get $top) (i32.const 1)))
        (br $down)))
    (i32.store (i32.const 24) (i32.sub (i32.trunc_sat_f64_s (local.get $room)) (local.get $above)))
    ;; Bucket b holds remainders in [b/size, (b+1)/size): exact bounds, size being a power of two.
    (call $extras (local.get $packs) (local.get $frac) (local.get $perm) (local.get $n2)
      (f64.div (f64.convert_i32_s (local.get $top)) (f64.convert_i32_s (local.get $size)))
      (f64.div (f64.convert_i32_s (i32.add (local.get $top) (i32.const 1)))
               (f64.convert_i32_s (local.get $size)))))


  ;; Total need of a row, and Σ w·d at slot 0; slot 8 = 1 when a need is negative or NaN.
  ;; Lane 0 sums the even lines and lane 1 the odd ones; the result is lane 0 + lane 1.
  (func $totals (param $needs i32) (param $w i32) (param $n2 i32) (result f64)
    (local $at i32) (local $end i32) (local $d v128)
    (local $sum v128) (local $wsum v128) (local $fine v128)
    (local.set $end (i32.shl (local.get $n2) (i32.const 3)))
    (local.set $fine (v128.const i64x2 -1 -1))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $at) (local.get $end)))
        (local.set $d (v128.load (i32.add (local.get $needs) (local.get $at))))
        (local.set $fine (v128.and (local.get $fine)
          (f64x2.ge (local.get $d) (v128.const f64x2 0 0))))
        (local.set $sum (f64x2.add (local.get $sum) (local.get $d)))
        (local.set $wsum (f64x2.add (local.get $wsum)
          (f64x2.mul (v128.load (i32.add (local.get $w) (local.get $at))) (local.get $d))))
        (local.set $at (i32.add (local.get $at) (i32.const 16)))
        (br $next)))
    (f64.store (i32.const 0) (f64.add (f64x2.extract_lane 0 (local.get $wsum))
                                      (f64x2.extract_lane 1 (local.get $wsum))))
    (i32.store (i32.const 8) (i32.eqz (i64x2.all_true (local.get $fine))))
    (f64.add (f64x2.extract_lane 0 (local.get $sum)) (f64x2.extract_lane 1 (local.get $sum))))

;; The walk over breakpoints for the water level (water-fill.ts levelFromTotals, same arithmetic):
  ;; recipients in canonical order (weight high to low), skipping zero needs, until
  ;; capped + (weighted − cappedWeighted)/w >= available. Returns that position j (n when none) with
  ;; capped need at slot 0 and capped weighted need at slot 16.
  (func $scan
      (param $needs i32) (param $w i32) (param $order i32) (param $n i32)
      (param $available f64) (param $weighted f64) (result i32)
    (local $j i32) (local $i i32) (local $d f64) (local $wi f64) (local $capped f64) (local $cw f64)
    (block $found
      (loop $next
        (br_if $found (i32.ge_u (local.get $j) (local.get $n)))
        (local.set $i (i32.shl (i32.load (i32.add (local.get $order) (i32.shl (local.get $j) (i32.const 2))))
                               (i32.const 3)))
        (local.set $d (f64.load (i32.add (local.get $needs) (local.get $i))))
        (if (f64.ne (local.get $d) (f64.const 0))
          (then
            (local.set $wi (f64.load (i32.add (local.get $w) (local.get $i))))
            (br_if $found (f64.ge
              (f64.add (local.get $capped)
                       (f64.div (f64.sub (local.get $weighted) (local.get $cw)) (local.get $wi)))
              (local.get $available)))
            (local.set $capped (f64.add (local.get $capped) (local.get $d)))
            (local.set $cw (f64.add (local.get $cw) (f64.mul (local.get $wi) (local.get $d))))))
        (local.set $j (i32.add (local.get $j) (i32.const 1)))
        (br $next)))
    (f64.store (i32.const 0) (local.get $capped))
    (f64.store (i32.const 16) (local.get $cw))
    (local.get $j))

  ;; Whole packs inside each exact share and the remainder histogram, for water level $level:
  ;;   q = min(level·w, 1)·d·(1/p), packs = floor(q), r = q − floor(q) (pmin: level·w is never NaN);
  ;;   a candidate for one more pack when (floor(q) + 1)·p <= d and r > 1e-9·(q + 1);
  ;;   frac = r for a candidate, −1 otherwise; hist[floor(r·size)] counts the candidates.
  ;; Returns Σ floor(q); slot 12 = number of candidates.
  (func $fill
      (param $needs i32) (param $w i32) (param $packs i32) (param $frac i32) (param $hist i32)
      (param $n2 i32) (param $level f64) (param $inv f64) (param $p f64) (param $size i32)
      (result f64)
    (local $at i32) (local $end i32) (local $k i32) (local $h i32) (local $ok0 i32) (local $ok1 i32)
    (local $d v128) (local $q v128) (local $fl v128) (local $r v128) (local $ok v128) (local $b v128)
    (local $floors v128) (local $lv v128) (local $iv v128) (local $pv v128) (local $sv v128)
    (local $one v128) (local $eps v128) (local $none v128)
    (local.set $one (v128.const f64x2 1 1))
    (local.set $eps (v128.const f64x2 1e-9 1e-9))
    (local.set $none (v128.const f64x2 -1 -1))
    (local.set $lv (f64x2.splat (local.get $level)))
    (local.set $iv (f64x2.splat (local.get $inv)))
    (local.set $pv (f64x2.splat (local.get $p)))
    (local.set $sv (f64x2.splat (f64.convert_i32_s (local.get $size))))
    (memory.fill (local.get $hist) (i32.const 0) (i32.shl (local.get $size) (i32.const 2)))
    (local.set $end (i32.shl (local.get $n2) (i32.const 3)))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $at) (local.get $end)))
        (local.set $d (v128.load (i32.add (local.get $needs) (local.get $at))))
        (local.set $q (f64x2.mul
          (f64x2.mul
            (f64x2.pmin (f64x2.mul (local.get $lv) (v128.load (i32.add (local.get $w) (local.get $at))))
                        (local.get $one))
            (local.get $d))
          (local.get $iv)))
        (local.set $fl (f64x2.floor (local.get $q)))
        (local.set $r (f64x2.sub (local.get $q) (local.get $fl)))
        (v128.store (i32.add (local.get $packs) (local.get $at)) (local.get $fl))
        (local.set $floors (f64x2.add (local.get $floors) (local.get $fl)))
        (local.set $ok (v128.and
          (f64x2.le (f64x2.mul (f64x2.add (local.get $fl) (local.get $one)) (local.get $pv))
                    (local.get $d))
          (f64x2.gt (local.get $r)
                    (f64x2.mul (local.get $eps) (f64x2.add (local.get $q) (local.get $one))))))
        (v128.store (i32.add (local.get $frac) (local.get $at))
          (v128.bitselect (local.get $r) (local.get $none) (local.get $ok)))
        (local.set $b (i32x4.trunc_sat_f64x2_s_zero (f64x2.mul (local.get $r) (local.get $sv))))
        (local.set $ok0 (i32.and (i32x4.extract_lane 0 (local.get $ok)) (i32.const 1)))
        (local.set $ok1 (i32.and (i32x4.extract_lane 2 (local.get $ok)) (i32.const 1)))
        (local.set $h (i32.add (local.get $hist)
          (i32.shl (i32x4.extract_lane 0 (local.get $b)) (i32.const 2))))
        (i32.store (local.get $h) (i32.add (i32.load (local.get $h)) (local.get $ok0)))
        (local.set $h (i32.add (local.get $hist)
          (i32.shl (i32x4.extract_lane 1 (local.get $b)) (i32.const 2))))
        (i32.store (local.get $h) (i32.add (i32.load (local.get $h)) (local.get $ok1)))
        (local.set $k (i32.add (local.get $k) (i32.add (local.get $ok0) (local.get $ok1))))
        (local.set $at (i32.add (local.get $at) (i32.const 16)))
        (br $next)))
    (i32.store (i32.const 12) (local.get $k))
    (f64.add (f64x2.extract_lane 0 (local.get $floors)) (f64x2.extract_lane 1 (local.get $floors))))

  ;; One more pack for every line with frac >= $hi; lines with $lo <= frac < $hi (the bucket where the
  ;; cut falls) are listed in perm for the caller to choose among. Returns how many were listed.
  (func $extras
      (param $packs i32) (param $frac i32) (param $perm i32) (param $n2 i32) (param $lo f64) (param $hi f64)
      (result i32)
    (local $at i32) (local $end i32) (local $i i32) (local $m i32)
    (local $r v128) (local $in v128) (local $lov v128) (local $hiv v128) (local $slot i32)
    (local $one v128)
    (local.set $one (v128.const f64x2 1 1))
    (local.set $lov (f64x2.splat (local.get $lo)))
    (local.set $hiv (f64x2.splat (local.get $hi)))
    (local.set $end (i32.shl (local.get $n2) (i32.const 3)))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $at) (local.get $end)))
        (local.set $r (v128.load (i32.add (local.get $frac) (local.get $at))))
        (local.set $slot (i32.add (local.get $packs) (local.get $at)))
        (v128.store (local.get $slot)
          (f64x2.add (v128.load (local.get $slot))
                     (v128.and (f64x2.ge (local.get $r) (local.get $hiv)) (local.get $one))))
        (local.set $in (v128.and (f64x2.ge (local.get $r) (local.get $lov))
                                 (f64x2.lt (local.get $r) (local.get $hiv))))
        (i32.store (i32.add (local.get $perm) (i32.shl (local.get $m) (i32.const 2))) (local.get $i))
        (local.set $m (i32.add (local.get $m)
          (i32.and (i32x4.extract_lane 0 (local.get $in)) (i32.const 1))))
        (i32.store (i32.add (local.get $perm) (i32.shl (local.get $m) (i32.const 2)))
          (i32.add (local.get $i) (i32.const 1)))
        (local.set $m (i32.add (local.get $m)
          (i32.and (i32x4.extract_lane 2 (local.get $in)) (i32.const 1))))
        (local.set $i (i32.add (local.get $i) (i32.const 2)))
        (local.set $at (i32.add (local.get $at) (i32.const 16)))
        (br $next)))
    (local.get $m))
)
