//! Reading what a person typed as a command, and the limits every platform shares.

use super::message::Choice;
use super::text::fold;

/// Choice data running a command, as if typed (`cmd:aide`).
pub const RUN_PREFIX: &str = "cmd:";

/// Choice data asking to run a command in the sender's private chat (`private:mes_donnees`);
/// adapters may render it as a link that opens the private chat instead.
pub const PRIVATE_PREFIX: &str = "private:";

/// Longest choice data, in bytes (Telegram's limit for callback data).
pub const MAX_CHOICE_DATA: usize = 64;

/// Longest message handled, in characters.
pub const MAX_MESSAGE_CHARS: usize = 4096;

/// Splits `/name@bot args` into the folded name and the arguments.
pub fn parse_command(text: &str) -> Option<(String, &str)> {
    let rest = text.trim_start().strip_prefix('/')?;
    let (head, args) = rest
        .split_once(char::is_whitespace)
        .map_or((rest, ""), |(h, a)| (h, a.trim()));
    let name = head.split('@').next().unwrap_or(head);
    // Accents and hyphens are forgiven: /mes-données is /mes_donnees.
    let name = fold(name).replace(' ', "_");
    if name.is_empty() {
        return None;
    }
    Some((name, args))
}

/// The data of the pending choice a typed text picks (see [`super::choice::match_choice`]).
pub fn match_choice(text: &str, pending: &[Choice]) -> Option<String> {
    super::choice::match_choice(text, pending).map(|c| c.data.clone())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_commands_with_bot_suffix_accents_and_arguments() {
        assert_eq!(
            parse_command("/def@PairBot  pair aidance "),
            Some(("def".into(), "pair aidance"))
        );
        assert_eq!(
            parse_command("/Mes_Données"),
            Some(("mes_donnees".into(), ""))
        );
        assert_eq!(
            parse_command("/mes-donnees"),
            Some(("mes_donnees".into(), ""))
        );
        assert_eq!(parse_command("bonjour"), None);
        assert_eq!(parse_command("/"), None);
    }
}
