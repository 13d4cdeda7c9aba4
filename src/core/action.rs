//! Typed button and choice data.
//!
//! On the wire (Telegram callback data, Matrix number shortcuts, stored choice sets) an
//! action is text: `<prefix>:<verb>[:<field>…]`, at most 64 bytes on Telegram. Inside the
//! bot it is an enum: each feature declares its actions once with [`actions!`](crate::actions),
//! which gives the enum, its parser and its writer from one table, so that the data a feature
//! offers and the data it accepts cannot drift apart. Data that does not parse (an old
//! button of a previous version, forged data) is `None`: the application answers it kindly.

/// A value carried in an action's data: a number, a flag, a key.
pub trait ActionArg: Sized {
    /// Reads the value from its field (`None`: not a value of this type).
    fn parse_arg(field: &str) -> Option<Self>;

    /// Writes the value as its field.
    fn write_arg(&self, out: &mut String);

    /// A value for the round-trip tests of every action kind.
    fn sample() -> Self;
}

macro_rules! number_arg {
    ($($ty:ty),+) => {$(
        impl ActionArg for $ty {
            fn parse_arg(field: &str) -> Option<Self> {
                // `+7` and ` 7` are not numbers the bot wrote: refuse them like forged data.
                if field.starts_with(['+', ' ']) {
                    return None;
                }
                field.parse().ok()
            }

            fn write_arg(&self, out: &mut String) {
                out.push_str(&self.to_string());
            }

            fn sample() -> Self {
                7
            }
        }
    )+};
}

number_arg!(i64, u32, usize);

impl ActionArg for bool {
    fn parse_arg(field: &str) -> Option<Self> {
        match field {
            "true" => Some(true),
            "false" => Some(false),
            _ => None,
        }
    }

    fn write_arg(&self, out: &mut String) {
        out.push_str(if *self { "true" } else { "false" });
    }

    fn sample() -> Self {
        true
    }
}

/// A key (a term, a topic, a language, a dialogue kind). Only the last field of an action
/// may contain `:`.
impl ActionArg for String {
    fn parse_arg(field: &str) -> Option<Self> {
        (!field.is_empty()).then(|| field.to_owned())
    }

    fn write_arg(&self, out: &mut String) {
        out.push_str(self);
    }

    fn sample() -> Self {
        "key".to_owned()
    }
}

/// The fields after an action's verb, when `payload` starts with that verb (an empty verb
/// takes the whole payload).
#[doc(hidden)]
pub fn after_verb<'p>(payload: &'p str, verb: &str) -> Option<&'p str> {
    if verb.is_empty() {
        return Some(payload);
    }
    match payload.strip_prefix(verb)? {
        "" => Some(""),
        rest => rest.strip_prefix(':'),
    }
}

/// Splits the fields of an action into exactly `count` parts (the last one keeps any `:`).
#[doc(hidden)]
pub fn fields(rest: &str, count: usize) -> Option<Vec<&str>> {
    if count == 0 {
        return rest.is_empty().then(Vec::new);
    }
    let parts: Vec<&str> = rest.splitn(count, ':').collect();
    (parts.len() == count).then_some(parts)
}

/// Reads one field of an action.
#[doc(hidden)]
pub fn field<T: ActionArg>(parts: &[&str], index: usize) -> Option<T> {
    T::parse_arg(parts.get(index)?)
}

/// Declares a feature's actions: an enum whose variants are written `<prefix>:<verb>:<fields>`
/// and parsed back by the same table.
///
/// ```
/// pairbot::actions! {
///     /// What a booking button does.
///     pub enum BookingAction = "perm" {
///         /// Shows the slots of a permanence.
///         Slots(permanence: i64) = "slots",
///         Confirm(slot: i64) = "confirm",
///     }
/// }
/// assert_eq!(String::from(BookingAction::Slots(4)), "perm:slots:4");
/// assert_eq!(BookingAction::parse("confirm:9"), Some(BookingAction::Confirm(9)));
/// assert_eq!(BookingAction::parse("confirm:x"), None);
/// ```
///
/// Variants are tried in order: a variant with an empty verb (its fields are the whole
/// payload) comes last.
#[macro_export]
macro_rules! actions {
    (
        $(#[$meta:meta])*
        $vis:vis enum $name:ident = $prefix:literal {
            $(
                $(#[$vmeta:meta])*
                $variant:ident $( ( $($field:ident : $ty:ty),+ ) )? = $verb:literal
            ),+ $(,)?
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, PartialEq, Eq)]
        $vis enum $name {
            $( $(#[$vmeta])* $variant $( ( $($ty),+ ) )? ),+
        }

        impl $name {
            /// What this feature's data starts with, before the first `:`.
            pub const PREFIX: &'static str = $prefix;

            /// Reads the data after the prefix; `None` for unknown, stale or forged data.
            #[allow(unused_assignments, clippy::redundant_closure_call)]
            pub fn parse(payload: &str) -> Option<Self> {
                $(
                    if let Some(rest) = $crate::core::action::after_verb(payload, $verb) {
                        let count = <[&str]>::len(&[$($(stringify!($field)),+)?]);
                        if let Some(_parts) = $crate::core::action::fields(rest, count) {
                            let parsed = (|| -> Option<Self> {
                                #[allow(unused_mut, unused_variables)]
                                let mut index = 0;
                                $($(
                                    let $field = $crate::core::action::field::<$ty>(&_parts, index)?;
                                    index += 1;
                                )+)?
                                Some(Self::$variant $( ( $($field),+ ) )?)
                            })();
                            if parsed.is_some() {
                                return parsed;
                            }
                        }
                    }
                )+
                None
            }

            /// Reads whole data, prefix included; `None` for another feature's data too.
            pub fn parse_data(data: &str) -> Option<Self> {
                Self::parse(data.strip_prefix($prefix)?.strip_prefix(':')?)
            }

            /// The data on the wire, prefix included.
            pub fn data(&self) -> String {
                let mut out = String::from($prefix);
                match self {
                    $(
                        Self::$variant $( ( $($field),+ ) )? => {
                            if !$verb.is_empty() {
                                out.push(':');
                                out.push_str($verb);
                            }
                            $($(
                                out.push(':');
                                $crate::core::action::ActionArg::write_arg($field, &mut out);
                            )+)?
                        }
                    )+
                }
                out
            }

            /// One value of every variant, for the round-trip tests.
            pub fn samples() -> Vec<Self> {
                vec![$(
                    Self::$variant $( ( $(
                        <$ty as $crate::core::action::ActionArg>::sample()
                    ),+ ) )?
                ),+]
            }
        }

        impl From<$name> for String {
            fn from(action: $name) -> String {
                action.data()
            }
        }
    };
}

#[cfg(test)]
mod tests {
    crate::actions! {
        enum Sample = "smp" {
            Plain = "plain",
            One(id: i64) = "one",
            Two(id: i64, flag: bool) = "two",
            Key(key: String) = "key",
            Bare(index: u32, answer: bool) = "",
        }
    }

    #[test]
    fn every_sample_round_trips() {
        for action in Sample::samples() {
            let data = action.data();
            let payload = data.strip_prefix("smp:").unwrap();
            assert_eq!(Sample::parse(payload), Some(action), "{data}");
        }
    }

    #[test]
    fn writes_the_documented_form() {
        assert_eq!(Sample::Plain.data(), "smp:plain");
        assert_eq!(Sample::Two(3, false).data(), "smp:two:3:false");
        assert_eq!(Sample::Bare(2, true).data(), "smp:2:true");
        assert_eq!(Sample::Key("a:b".into()).data(), "smp:key:a:b");
    }

    #[test]
    fn refuses_what_it_did_not_write() {
        for payload in [
            "",
            "plain:1",
            "plainx",
            "one",
            "one:",
            "one:x",
            "one:+3",
            "one:3:4",
            "two:3",
            "two:3:yes",
            "key",
            "key:",
            "nothing",
            "2",
            "x:true",
        ] {
            assert_eq!(Sample::parse(payload), None, "{payload:?}");
        }
        assert_eq!(Sample::parse("key:a:b"), Some(Sample::Key("a:b".into())));
    }

    #[test]
    fn reads_whole_data_of_its_own_prefix_only() {
        assert_eq!(Sample::PREFIX, "smp");
        assert_eq!(Sample::parse_data("smp:one:4"), Some(Sample::One(4)));
        assert_eq!(Sample::parse_data("smpx:one:4"), None);
        assert_eq!(Sample::parse_data("other:one:4"), None);
        assert_eq!(Sample::parse_data("smp"), None);
    }
}
