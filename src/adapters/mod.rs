//! Platform adapters: each turns platform events into [`crate::core::Incoming`] and delivers
//! [`crate::core::Outgoing`] messages. Nothing else about a platform lives anywhere else.

pub mod console;
#[cfg(feature = "matrix")]
pub mod matrix;
#[cfg(any(feature = "telegram", feature = "matrix"))]
pub mod observe;
#[cfg(feature = "telegram")]
pub mod telegram;
