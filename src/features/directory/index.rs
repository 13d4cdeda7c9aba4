//! The in-memory search index of visible profiles.
//!
//! Each process keeps one index, rebuilt when the database's directory version (bumped in
//! the same transaction as every profile change) differs from the one it was built at; a
//! search then scores only the profiles its criteria can match, found through posting lists,
//! instead of reading the whole directory.

use super::geo;
use super::search::Criteria;
use crate::core::{Platform, UserId};
use crate::store::{PartnerRecord, StoreError, Tx};
use std::collections::HashMap;
use std::sync::{Arc, Mutex};

/// Tag kinds with posting lists.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Kind {
    Condition,
    Department,
    Role,
    Mission,
    Training,
}

/// What search needs of one visible profile.
#[derive(Debug)]
struct Entry {
    id: i64,
    platform: Platform,
    user: Box<str>,
    conditions: Box<[u32]>,
    departments: Box<[u32]>,
    roles: Box<[u32]>,
    missions: Box<[u32]>,
    training: u32,
    training_rank: i64,
    online: bool,
    available: bool,
}

/// The visible profiles at one directory version, with posting lists.
#[derive(Debug, Default)]
pub struct SearchIndex {
    version: i64,
    entries: Vec<Entry>,
    /// Interned tag values.
    tags: HashMap<String, u32>,
    postings: HashMap<(Kind, u32), Vec<u32>>,
    online: Vec<u32>,
}

/// One ranked result: the profile number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hit {
    /// The profile number.
    pub id: i64,
    /// Its relevance.
    pub score: i64,
}

/// The criteria in the index's terms; `None` for a value no visible profile has.
struct Query {
    conditions: Vec<Option<u32>>,
    departments: Vec<Option<u32>>,
    near: Vec<u32>,
    roles: Vec<Option<u32>>,
    missions: Vec<Option<u32>>,
    trainings: Vec<Option<u32>>,
    online: bool,
}

impl SearchIndex {
    /// Indexes these profiles (the visible ones) at `version`.
    pub fn build(version: i64, records: Vec<PartnerRecord>) -> Self {
        let mut index = SearchIndex {
            version,
            ..Default::default()
        };
        for record in records {
            let n = index.entries.len() as u32;
            let p = record.profile;
            let mut intern = |kind: Kind, values: &[String]| -> Box<[u32]> {
                values
                    .iter()
                    .map(|v| {
                        let next = index.tags.len() as u32;
                        let tag = *index.tags.entry(v.clone()).or_insert(next);
                        index.postings.entry((kind, tag)).or_default().push(n);
                        tag
                    })
                    .collect()
            };
            let conditions = intern(Kind::Condition, &p.conditions);
            let departments = intern(Kind::Department, &p.departments);
            let roles = intern(Kind::Role, &p.roles);
            let missions = intern(Kind::Mission, &p.missions);
            let training = intern(Kind::Training, std::slice::from_ref(&p.training))[0];
            if p.online {
                index.online.push(n);
            }
            index.entries.push(Entry {
                id: record.id,
                platform: record.platform,
                user: record.user.0.into_boxed_str(),
                conditions,
                departments,
                roles,
                missions,
                training,
                training_rank: training_rank(&p.training),
                online: p.online,
                available: !p.availability.trim().is_empty(),
            });
        }
        index
    }

    /// How many profiles it holds.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether it holds none.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    fn tag(&self, value: &str) -> Option<u32> {
        self.tags.get(value).copied()
    }

    fn query(&self, criteria: &Criteria) -> Query {
        let tags = |values: &[String]| values.iter().map(|v| self.tag(v)).collect();
        let mut near: Vec<u32> = criteria
            .departments
            .iter()
            .flat_map(|d| geo::neighbours(d))
            .filter(|n| !criteria.departments.iter().any(|d| d == n.code))
            .filter_map(|n| self.tag(n.code))
            .collect();
        near.sort_unstable();
        near.dedup();
        Query {
            conditions: tags(&criteria.conditions),
            departments: tags(&criteria.departments),
            near,
            roles: tags(&criteria.roles),
            missions: tags(&criteria.missions),
            trainings: tags(&criteria.trainings),
            online: criteria.online,
        }
    }

    fn posting(&self, kind: Kind, tag: Option<u32>) -> &[u32] {
        tag.and_then(|t| self.postings.get(&(kind, t)))
            .map_or(&[], Vec::as_slice)
    }

    /// The profiles a query can match at all: every profile [`score`] accepts is among them.
    fn candidates(&self, q: &Query) -> Vec<u32> {
        let union = |lists: Vec<&[u32]>| -> Vec<u32> {
            let mut all: Vec<u32> = lists.into_iter().flatten().copied().collect();
            all.sort_unstable();
            all.dedup();
            all
        };
        if !q.conditions.is_empty() {
            // A profile must share a condition.
            union(
                q.conditions
                    .iter()
                    .map(|t| self.posting(Kind::Condition, *t))
                    .collect(),
            )
        } else if let Some(first) = q.missions.first() {
            // Every mission is required: the first one's list holds them all.
            self.posting(Kind::Mission, *first).to_vec()
        } else if !q.departments.is_empty() {
            // Without a condition, a place must match: here, nearby, or online.
            let mut lists: Vec<&[u32]> = q
                .departments
                .iter()
                .map(|t| self.posting(Kind::Department, *t))
                .collect();
            lists.extend(
                q.near
                    .iter()
                    .map(|t| self.posting(Kind::Department, Some(*t))),
            );
            lists.push(&self.online);
            union(lists)
        } else if !q.roles.is_empty() {
            union(
                q.roles
                    .iter()
                    .map(|t| self.posting(Kind::Role, *t))
                    .collect(),
            )
        } else if q.online {
            self.online.clone()
        } else {
            (0..self.entries.len() as u32).collect()
        }
    }

    /// Every profile matching the criteria except the searcher's own, best first (ties by
    /// profile number); returns the total and the hits from `start` to `start + count`.
    pub fn search(
        &self,
        criteria: &Criteria,
        searcher: (Platform, &UserId),
        start: usize,
        count: usize,
    ) -> (usize, Vec<Hit>) {
        let q = self.query(criteria);
        let mut hits: Vec<Hit> = self
            .candidates(&q)
            .into_iter()
            .map(|n| &self.entries[n as usize])
            .filter(|e| e.platform != searcher.0 || *e.user != *searcher.1.0)
            .filter_map(|e| score(&q, e).map(|score| Hit { id: e.id, score }))
            .collect();
        let total = hits.len();
        let order = |a: &Hit, b: &Hit| b.score.cmp(&a.score).then(a.id.cmp(&b.id));
        let end = (start + count).min(total);
        if end < total {
            // Only the first `end` need to be in order.
            hits.select_nth_unstable_by(end, order);
            hits.truncate(end);
        }
        hits.sort_unstable_by(order);
        (total, hits.into_iter().skip(start).collect())
    }
}

/// A training's weight in the ranking.
fn training_rank(training: &str) -> i64 {
    match training {
        "etp-40h" | "du-diu" | "msp-licence" => 3,
        "other" => 1,
        _ => 0,
    }
}

/// How well a profile answers the query; `None` when it does not at all. Conditions weigh
/// most, then the place (same department, same region, online), then roles, training and
/// stated availability.
fn score(q: &Query, e: &Entry) -> Option<i64> {
    let has = |list: &[u32], tag: &Option<u32>| tag.is_some_and(|t| list.contains(&t));
    let conditions = q
        .conditions
        .iter()
        .filter(|c| has(&e.conditions, c))
        .count() as i64;
    if !q.conditions.is_empty() && conditions == 0 {
        return None;
    }
    let same_place = q.departments.iter().any(|d| has(&e.departments, d));
    let near = !same_place && q.near.iter().any(|n| e.departments.contains(n));
    let place = if q.departments.is_empty() {
        0
    } else if same_place {
        40
    } else if near {
        20
    } else if e.online {
        10
    } else if q.conditions.is_empty() && q.missions.is_empty() {
        return None;
    } else {
        0
    };
    if q.online && !e.online && q.departments.is_empty() {
        return None;
    }
    if !q.missions.iter().all(|m| has(&e.missions, m))
        || (!q.trainings.is_empty() && !q.trainings.contains(&Some(e.training)))
    {
        return None;
    }
    let roles = q.roles.iter().filter(|r| has(&e.roles, r)).count() as i64;
    if !q.roles.is_empty() && roles == 0 {
        return None;
    }
    Some(conditions * 100 + place + roles * 10 + e.training_rank + i64::from(e.available))
}

/// The index of one process, rebuilt when the directory changed.
#[derive(Debug, Default)]
pub struct SearchCache {
    current: Mutex<Option<Arc<SearchIndex>>>,
}

impl SearchCache {
    /// The index at the directory's current version, built now if needed.
    pub async fn get(&self, tx: &mut Tx) -> Result<Arc<SearchIndex>, StoreError> {
        let version = tx.directory_version().await?;
        if let Some(index) = self.lock().as_ref()
            && index.version == version
        {
            return Ok(Arc::clone(index));
        }
        let records = tx.visible_partners().await?;
        let index = Arc::new(SearchIndex::build(version, records));
        tracing::debug!(profiles = index.len(), version, "search index rebuilt");
        *self.lock() = Some(Arc::clone(&index));
        Ok(index)
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Option<Arc<SearchIndex>>> {
        self.current.lock().unwrap_or_else(|p| p.into_inner())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::features::directory::{Directory, search::parse};
    use crate::i18n::I18n;
    use crate::store::PartnerStatus;

    fn demo_records() -> Vec<PartnerRecord> {
        crate::demo::partners()
            .unwrap()
            .into_iter()
            .enumerate()
            .map(|(i, profile)| PartnerRecord {
                id: i as i64 + 1,
                platform: Platform::Console,
                user: crate::demo::partner_user(i + 1),
                profile,
                status: PartnerStatus::Approved,
                paused: false,
                refusal_reason: None,
                revision: 1,
            })
            .collect()
    }

    /// Posting lists only narrow the work: scoring every profile gives the same hits.
    #[test]
    fn candidates_never_miss_a_match() {
        let dir = Directory::load(&I18n::load().unwrap());
        let index = SearchIndex::build(1, demo_records());
        let nobody = UserId("nobody".into());
        for text in [
            "SEP Toulouse",
            "diabète 31",
            "cancer du sein à Lyon",
            "pair aidant bipolaire en ligne",
            "en ligne",
            "Isère",
            "patient ressource",
            "mission:ecoute",
            "mission:co-animation formation:40h",
            "formation:du",
            "Paris",
            "AVC 974",
            "",
        ] {
            let criteria = parse(&dir, text, true);
            let q = index.query(&criteria);
            let mut brute: Vec<Hit> = index
                .entries
                .iter()
                .filter_map(|e| score(&q, e).map(|score| Hit { id: e.id, score }))
                .collect();
            brute.sort_unstable_by(|a, b| b.score.cmp(&a.score).then(a.id.cmp(&b.id)));
            let (total, hits) = index.search(&criteria, (Platform::Console, &nobody), 0, 1000);
            assert_eq!(total, brute.len(), "{text}");
            assert_eq!(hits, brute, "{text}");
            // Pages are slices of the same order.
            let (_, page) = index.search(&criteria, (Platform::Console, &nobody), 5, 5);
            assert_eq!(
                page,
                brute.iter().skip(5).take(5).copied().collect::<Vec<_>>()
            );
        }
    }

    #[test]
    fn the_searcher_is_not_among_the_results() {
        let dir = Directory::load(&I18n::load().unwrap());
        let index = SearchIndex::build(1, demo_records());
        let me = crate::demo::partner_user(1);
        let criteria = parse(&dir, "en ligne", false);
        let (_, hits) = index.search(&criteria, (Platform::Console, &me), 0, 1000);
        assert!(hits.iter().all(|h| h.id != 1));
        let (_, all) = index.search(&criteria, (Platform::Telegram, &me), 0, 1000);
        assert_eq!(
            all.len(),
            hits.len() + usize::from(demo_records()[0].profile.online)
        );
    }
}
