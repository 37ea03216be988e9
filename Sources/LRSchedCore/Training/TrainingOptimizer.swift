/// torch.optim's update rules applied for real: the state of SGD, Adam or AdamW over the toy
/// model's two tensors (weight, bias), with every hyper-parameter read from the dummy
/// `Optimizer`'s groups at each step, as schedulers leave them.
///
/// Each rule mirrors PyTorch 2.15's single-tensor path (`_single_tensor_sgd`,
/// `_single_tensor_adam`) operation by operation, with the fused multiply-adds of its AVX2 CPU
/// kernels (`add(alpha=)`, `lerp`, `addcmul`: written `a + b·c` below), which makes each update
/// bit-identical to PyTorch's:
/// - SGD: `g += wd·p`; the momentum buffer starts as `g`, then `buf = buf·μ + (1−dampening)·g`;
///   `g = g + μ·buf` (Nesterov) or `buf`; `p += −lr·g`.
/// - Adam: `g += wd·p` (AdamW instead `p *= 1 − lr·wd`); `m = lerp(m, g, w = 1−β1)`, that is
///   `m + w·(g−m)`, or `g + (w−1)·(g−m)` when w ≥ 0.5; `v = v·β2 + ((1−β2)·g)·g`; `bc1 = 1 − β1**t`, `bc2 = 1 − β2**t`; with amsgrad
///   `v̂ = maximum(v̂, v)`; `denom = sqrt(v)/bc2**0.5 + eps`; `p += (−(lr/bc1)·m)/denom` (unfused).
public final class TrainingOptimizer {
  /// The dummy optimizer whose groups hold the hyper-parameters.
  public let optimizer: Optimizer
  /// Each tensor's element range in the parameter array and its group.
  public let tensors: [(range: Range<Int>, group: Int)]
  private var buffer: [Double]
  private var hasBuffer: [Bool]
  private var expAvg: [Double]
  private var expAvgSq: [Double]
  private var maxExpAvgSq: [Double]
  private var steps: [Double]

  /// State for `tensors` over `count` parameters, all zero as torch.optim starts.
  public init(optimizer: Optimizer, count: Int, tensors: [(range: Range<Int>, group: Int)]) {
    self.optimizer = optimizer
    self.tensors = tensors
    let sgd = optimizer.kind == .sgd
    buffer = [Double](repeating: 0, count: sgd ? count : 0)
    hasBuffer = [Bool](repeating: false, count: tensors.count)
    expAvg = [Double](repeating: 0, count: sgd ? 0 : count)
    expAvgSq = [Double](repeating: 0, count: sgd ? 0 : count)
    maxExpAvgSq = [Double](repeating: 0, count: sgd ? 0 : count)
    steps = [Double](repeating: 0, count: tensors.count)
  }

  /// One `optimizer.step()`: updates `parameters` from `gradient`.
  public func step(_ parameters: inout [Double], gradient: [Double]) {
    for (t, tensor) in tensors.enumerated() {
      let group = optimizer[group: tensor.group]
      parameters.withUnsafeMutableBufferPointer { p in
        gradient.withUnsafeBufferPointer { g in
          switch optimizer.kind {
          case .sgd: sgd(p, g, tensor.range, t, group)
          case .adam: adam(p, g, tensor.range, t, group, decoupled: false)
          case .adamW: adam(p, g, tensor.range, t, group, decoupled: true)
          }
        }
      }
    }
  }

  private func sgd(
    _ p: UnsafeMutableBufferPointer<Double>, _ g: UnsafeBufferPointer<Double>, _ range: Range<Int>, _ t: Int, _ group: ParamGroup
  ) {
    let wd = group.weightDecay
    let momentum = group.momentum ?? 0
    let alpha = 1 - group.dampening
    let nesterov = group.nesterov
    let negLR = -group.lr
    let first = !hasBuffer[t]
    if momentum != 0 { hasBuffer[t] = true }
    buffer.withUnsafeMutableBufferPointer { buf in
      for i in range {
        var grad = g[i]
        if wd != 0 { grad = grad.addingProduct(wd, p[i]) }
        if momentum != 0 {
          if first {
            buf[i] = grad
          } else {
            buf[i] = (buf[i] * momentum).addingProduct(alpha, grad)
          }
          grad = nesterov ? grad.addingProduct(momentum, buf[i]) : buf[i]
        }
        p[i] = p[i].addingProduct(negLR, grad)
      }
    }
  }

  private func adam(
    _ p: UnsafeMutableBufferPointer<Double>, _ g: UnsafeBufferPointer<Double>, _ range: Range<Int>, _ t: Int, _ group: ParamGroup,
    decoupled: Bool
  ) {
    let lr = group.lr
    let wd = group.weightDecay
    let (beta1, beta2) = group.betas ?? (0.9, 0.999)
    let eps = group.eps
    let amsgrad = group.amsgrad
    steps[t] += 1
    let step = steps[t]
    let decay = 1 - lr * wd
    let weight = 1 - beta1
    let small = abs(weight) < 0.5
    let weightMinusOne = weight - 1
    let value = 1 - beta2
    let bc1 = 1 - Libm.power(beta1, step)
    let bc2 = 1 - Libm.power(beta2, step)
    let stepSize = lr / bc1
    let bc2Sqrt = Libm.power(bc2, 0.5)
    let negStep = -stepSize
    expAvg.withUnsafeMutableBufferPointer { m in
      expAvgSq.withUnsafeMutableBufferPointer { v in
        maxExpAvgSq.withUnsafeMutableBufferPointer { vmax in
          for i in range {
            var grad = g[i]
            if wd != 0 {
              if decoupled { p[i] = p[i] * decay } else { grad = grad.addingProduct(wd, p[i]) }
            }
            let mi = m[i]
            m[i] = small ? mi.addingProduct(weight, grad - mi) : grad.addingProduct(weightMinusOne, grad - mi)
            v[i] = (v[i] * beta2).addingProduct(value * grad, grad)
            let second: Double
            if amsgrad {
              let a = vmax[i]
              let b = v[i]
              vmax[i] = a.isNaN || b.isNaN ? .nan : Swift.max(a, b)
              second = vmax[i]
            } else {
              second = v[i]
            }
            let denom = second.squareRoot() / bc2Sqrt + eps
            p[i] = p[i] + negStep * m[i] / denom
          }
        }
      }
    }
  }
}
