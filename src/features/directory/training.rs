//! What a partner's training opens. The sources set one threshold: co-running patient
//! education (ETP) sessions asks for at least the 40-hour ETP training, which a university
//! diploma (DU/DIU) in patient education includes; a partner who testifies needs none
//! (COPS Occitanie, « L’ETP avec les patients partenaires », 2019).

/// The 40-hour ETP training.
pub const ETP_40H: &str = "etp-40h";

/// The trainings that allow co-running ETP sessions.
pub const CO_RUNNING_TRAININGS: [&str; 2] = [ETP_40H, "du-diu"];

/// The offer of co-running ETP sessions, among the missions a partner accepts.
pub const CO_RUNNING_OFFER: &str = "co-animation-etp";

/// Whether a partner's training meets a requirement. A university diploma (DU/DIU) in
/// patient education includes the 40 hours; other requirements are met only by the same
/// training, and "other training" by any training at all.
pub fn qualifies(required: &str, training: &str) -> bool {
    match required {
        "none" | "" => true,
        ETP_40H => CO_RUNNING_TRAININGS.contains(&training),
        "other" => !matches!(training, "none" | ""),
        exact => training == exact,
    }
}

/// Whether a partner with this training may co-run ETP sessions.
pub fn can_co_run(training: &str) -> bool {
    qualifies(ETP_40H, training)
}

/// The missions a partner may offer with this training: co-running sessions is dropped
/// without the training it needs. Returns whether anything was dropped.
pub fn fit_offers(training: &str, offers: &mut Vec<String>) -> bool {
    let before = offers.len();
    if !can_co_run(training) {
        offers.retain(|o| o != CO_RUNNING_OFFER);
    }
    offers.len() != before
}

#[cfg(test)]
mod tests {
    use super::{can_co_run, fit_offers, qualifies};

    #[test]
    fn trainings_meet_requirements() {
        assert!(qualifies("none", "none"));
        assert!(qualifies("etp-40h", "etp-40h"));
        assert!(qualifies("etp-40h", "du-diu"));
        assert!(!qualifies("etp-40h", "none"));
        assert!(!qualifies("etp-40h", "msp-licence"));
        assert!(!qualifies("du-diu", "etp-40h"));
        assert!(qualifies("other", "msp-licence"));
        assert!(!qualifies("other", "none"));
    }

    #[test]
    fn co_running_needs_the_40_hours() {
        assert!(can_co_run("etp-40h") && can_co_run("du-diu"));
        assert!(!can_co_run("none") && !can_co_run("other") && !can_co_run("msp-licence"));
        let mut offers = vec!["ecoute".to_owned(), "co-animation-etp".to_owned()];
        assert!(!fit_offers("du-diu", &mut offers));
        assert_eq!(offers.len(), 2);
        assert!(fit_offers("other", &mut offers));
        assert_eq!(offers, ["ecoute"]);
    }
}
