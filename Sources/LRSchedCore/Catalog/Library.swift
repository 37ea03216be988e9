/// The library whose schedule a scheduler reproduces.
public enum Library: String, Sendable, CaseIterable {
  case torch
  case transformers
  case timm
  case optax
  case keras
}
