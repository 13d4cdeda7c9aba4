//! Everything stored about a person, for `/mes_donnees` and `/oublier`.

use super::{StoreError, Tx};
use crate::core::message::{Platform, UserId};
use serde::Serialize;
use sqlx::{Column, Row};

/// Tables holding data about a person, each with `platform` and `user_id` columns.
///
/// A test compares this list with the schema: a new table must either be listed here or be
/// free of personal data (listed in that test), so erasure and export stay complete.
pub const PERSONAL_TABLES: &[&str] = &[
    "users",
    "dialogues",
    "pending_choices",
    "outbox",
    "partners",
    "partner_tags",
];

/// The rows of one table about a person, column by column.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct ExportedTable {
    /// Table name.
    pub table: String,
    /// Each row as (column, value) pairs in schema order.
    pub rows: Vec<Vec<(String, serde_json::Value)>>,
}

impl Tx {
    /// Every row about a person, in every personal table.
    pub async fn export_user(
        &mut self,
        platform: Platform,
        user: &UserId,
    ) -> Result<Vec<ExportedTable>, StoreError> {
        let mut tables = Vec::new();
        for table in PERSONAL_TABLES {
            // `table` comes from the constant list above, never from input.
            let sql = format!("SELECT * FROM {table} WHERE platform = $1 AND user_id = $2");
            let rows = sqlx::query(sqlx::AssertSqlSafe(sql))
                .bind(platform.as_str())
                .bind(&user.0)
                .fetch_all(&mut *self.inner)
                .await?;
            let rows = rows
                .iter()
                .map(|row| {
                    row.columns()
                        .iter()
                        .map(|col| (col.name().to_owned(), any_value(row, col.ordinal())))
                        .collect()
                })
                .collect();
            tables.push(ExportedTable {
                table: (*table).to_owned(),
                rows,
            });
        }
        Ok(tables)
    }

    /// Deletes every row about a person in every personal table; returns how many.
    pub async fn erase_user(
        &mut self,
        platform: Platform,
        user: &UserId,
    ) -> Result<u64, StoreError> {
        let mut total = 0;
        for table in PERSONAL_TABLES {
            let sql = format!("DELETE FROM {table} WHERE platform = $1 AND user_id = $2");
            total += sqlx::query(sqlx::AssertSqlSafe(sql))
                .bind(platform.as_str())
                .bind(&user.0)
                .execute(&mut *self.inner)
                .await?
                .rows_affected();
        }
        Ok(total)
    }
}

/// Reads a column of unknown type: integer, then text, then float.
fn any_value(row: &sqlx::any::AnyRow, i: usize) -> serde_json::Value {
    if let Ok(v) = row.try_get::<Option<i64>, _>(i) {
        return v.map_or(serde_json::Value::Null, Into::into);
    }
    if let Ok(v) = row.try_get::<Option<String>, _>(i) {
        return v.map_or(serde_json::Value::Null, Into::into);
    }
    if let Ok(v) = row.try_get::<Option<f64>, _>(i) {
        return v.map_or(serde_json::Value::Null, Into::into);
    }
    serde_json::Value::Null
}
