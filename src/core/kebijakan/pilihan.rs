//! A policy whose values are a fixed list. Each value states, once, its key (in the project
//! file and as the page's option value), its short label (in the policy panel) and its
//! sentence (in the report's list of policies), so that no view spells them again.

/// A policy with a fixed list of values.
pub trait Pilihan: Copy + PartialEq + 'static {
    /// Every value, the default first.
    const SEMUA: &'static [Self];
    /// Stable key in the project file and the option value on the page.
    fn kunci(self) -> &'static str;
    /// Short label in the policy panel.
    fn label(self) -> &'static str;
    /// The value a key names.
    fn dari_kunci(kunci: &str) -> Option<Self> {
        Self::SEMUA.iter().copied().find(|v| v.kunci() == kunci)
    }
}
