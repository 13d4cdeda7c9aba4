//! The raw material of the partnership indicators, per structure: programmes and
//! permanences with partner patients, missions by kind, the partners engaged. Only counts
//! and profile numbers leave this module.

use super::{StoreError, Tx};
use std::collections::BTreeMap;

/// What one structure does with partner patients.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct StructureActivity {
    /// The structure, as programmes, permanences and missions name it ("" for none).
    pub structure: String,
    /// ETP programmes now, in all.
    pub programmes: i64,
    /// Of which co-run by partner patients.
    pub programmes_co_run: i64,
    /// Permanences not stopped, in all.
    pub permanences: i64,
    /// Of which held by partner patients (at least one host).
    pub permanences_hosted: i64,
    /// The numbers of those permanences held by partners (for their feedback).
    pub hosted_ids: Vec<i64>,
    /// Missions posted in the period, by kind.
    pub missions_by_kind: Vec<(String, i64)>,
    /// Partner profiles engaged: selected for one of its missions, or hosting one of its
    /// permanences.
    pub partners: Vec<i64>,
}

impl Tx {
    /// What each structure does with partner patients; missions posted from `from` until
    /// `until`. Structures in name order.
    pub async fn structure_activity(
        &mut self,
        (from, until): (i64, i64),
    ) -> Result<Vec<StructureActivity>, StoreError> {
        let programmes: Vec<(String, i64, i64)> = sqlx::query_as(
            "SELECT structure, COUNT(*), CAST(SUM(CASE WHEN co_run <> 0 THEN 1 ELSE 0 END) AS BIGINT) \
             FROM etp_programmes GROUP BY structure",
        )
        .fetch_all(&mut *self.inner)
        .await?;
        // A permanence with a host is held by partner patients (hosts are profiles).
        let permanences: Vec<(String, i64, i64)> = sqlx::query_as(
            "SELECT p.structure, p.id, (SELECT COUNT(*) FROM permanence_hosts h \
                                         WHERE h.permanence_id = p.id) \
             FROM permanences p WHERE p.status <> 'cancelled' ORDER BY p.id",
        )
        .fetch_all(&mut *self.inner)
        .await?;
        let hosts: Vec<(String, i64)> = sqlx::query_as(
            "SELECT p.structure, h.partner_id FROM permanence_hosts h \
             JOIN permanences p ON p.id = h.permanence_id WHERE p.status <> 'cancelled'",
        )
        .fetch_all(&mut *self.inner)
        .await?;
        let missions: Vec<(String, String, i64)> = sqlx::query_as(
            "SELECT structure, kind, COUNT(*) FROM etp_missions \
             WHERE created_at >= $1 AND created_at < $2 GROUP BY structure, kind ORDER BY kind",
        )
        .bind(from)
        .bind(until)
        .fetch_all(&mut *self.inner)
        .await?;
        let selected: Vec<(String, i64)> = sqlx::query_as(
            "SELECT m.structure, a.partner_id FROM etp_applications a \
             JOIN etp_missions m ON m.id = a.mission_id WHERE a.status = 'selected'",
        )
        .fetch_all(&mut *self.inner)
        .await?;
        // By name, each structure once, whichever table names it first.
        let mut all: BTreeMap<String, StructureActivity> = BTreeMap::new();
        for (structure, n, co_run) in programmes {
            let a = of(&mut all, &structure);
            a.programmes += n;
            a.programmes_co_run += co_run;
        }
        for (structure, id, hosts) in permanences {
            let a = of(&mut all, &structure);
            a.permanences += 1;
            if hosts > 0 {
                a.permanences_hosted += 1;
                a.hosted_ids.push(id);
            }
        }
        for (structure, kind, n) in missions {
            of(&mut all, &structure).missions_by_kind.push((kind, n));
        }
        for (structure, partner) in hosts.into_iter().chain(selected) {
            let a = of(&mut all, &structure);
            if !a.partners.contains(&partner) {
                a.partners.push(partner);
            }
        }
        Ok(all.into_values().collect())
    }
}

/// The activity of `structure` in `all`, added empty the first time.
fn of<'a>(
    all: &'a mut BTreeMap<String, StructureActivity>,
    structure: &str,
) -> &'a mut StructureActivity {
    all.entry(structure.to_owned())
        .or_insert_with(|| StructureActivity {
            structure: structure.to_owned(),
            ..StructureActivity::default()
        })
}
