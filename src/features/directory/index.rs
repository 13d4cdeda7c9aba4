//! The in-memory search index of visible profiles.
//!
//! Each process keeps one index. When the database's directory version (bumped in the same
//! transaction as every profile change) differs from the index's, only the profiles changed
//! since are read again; the whole directory is read only at start, after a day without
//! searches, or once a quarter of the entries are outdated. A search then scores only the
//! profiles its criteria can match, found through posting lists.

use super::Directory;
use super::geo;
use super::search::Criteria;
use crate::core::{Platform, UserId};
use crate::features::vocabulary::Vocabulary;
use crate::store::{PartnerRecord, PartnerStatus, StoreError, Tx};
use std::collections::HashMap;
use std::sync::{Arc, Mutex};

/// A set of vocabulary entries or departments, one bit each (34 conditions and 101
/// departments today; [`SearchIndex::build`] checks they fit).
type Bits = u128;

/// What search needs of one visible profile: small, flat, without pointers, so scoring
/// thousands of them stays within the processor's caches.
#[derive(Debug, Clone, Copy)]
struct Entry {
    id: i64,
    /// False once the profile changed or left: a newer entry (or none) replaces it.
    alive: bool,
    conditions: Bits,
    departments: Bits,
    roles: Bits,
    missions: Bits,
    trainings: Bits,
    training_rank: i64,
    online: bool,
    available: bool,
}

/// The visible profiles at one directory version, with posting lists.
#[derive(Debug, Default, Clone)]
pub struct SearchIndex {
    version: i64,
    entries: Vec<Entry>,
    /// Live entries by profile number.
    by_id: HashMap<i64, u32>,
    /// Entries no longer alive.
    dead: usize,
    /// Profiles by condition bit, by department bit, by role bit and by mission bit.
    by_condition: Vec<Vec<u32>>,
    by_department: Vec<Vec<u32>>,
    by_role: Vec<Vec<u32>>,
    by_mission: Vec<Vec<u32>>,
    online: Vec<u32>,
    /// Each partner's own profile number, so a search leaves them out.
    owners: HashMap<(Platform, Arc<str>), i64>,
    /// The owner of each entry (parallel to `entries`).
    keys: Vec<(Platform, Arc<str>)>,
}

/// One ranked result: the profile number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hit {
    /// The profile number.
    pub id: i64,
    /// Its relevance.
    pub score: i64,
    /// It answers everything asked (every named condition, the place), rather than being
    /// one of the nearest.
    pub exact: bool,
}

/// A page of results, with how many there are in all.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    /// Every result, full answers and nearest ones.
    pub total: usize,
    /// The results that answer everything asked (they come first).
    pub exact: usize,
    /// The page asked for.
    pub hits: Vec<Hit>,
}

/// The criteria as bit sets.
#[derive(Debug, Default)]
struct Query {
    conditions: Bits,
    /// Conditions related to those asked: a profile sharing none asked but one of these is
    /// among the nearest, below any sharing one asked.
    related: Bits,
    /// Conditions were asked for (even if none is known: then nothing matches).
    wants_conditions: bool,
    /// Each condition was named: a full answer has them all (otherwise any one).
    all_conditions: bool,
    /// Words named nothing known: no result is a full answer.
    unknown: bool,
    departments: Bits,
    near: Bits,
    roles: Bits,
    wants_roles: bool,
    missions: Bits,
    wants_missions: bool,
    trainings: Bits,
    wants_trainings: bool,
    online: bool,
}

fn bit(position: usize) -> Bits {
    debug_assert!(position < Bits::BITS as usize);
    1 << position
}

/// The bits of vocabulary keys (unknown keys have none).
fn bits_of(vocabulary: &Vocabulary, keys: &[String]) -> Bits {
    keys.iter()
        .filter_map(|k| vocabulary.position(k))
        .fold(0, |acc, i| acc | bit(i))
}

/// The bits of department codes (unknown codes have none).
fn department_bits<'a>(codes: impl IntoIterator<Item = &'a str>) -> Bits {
    codes
        .into_iter()
        .filter_map(|code| geo::DEPARTMENTS.iter().position(|d| d.code == code))
        .fold(0, |acc, i| acc | bit(i))
}

/// The positions of the set bits.
fn positions(mut bits: Bits) -> impl Iterator<Item = usize> {
    std::iter::from_fn(move || {
        (bits != 0).then(|| {
            let i = bits.trailing_zeros() as usize;
            bits &= bits - 1;
            i
        })
    })
}

impl SearchIndex {
    /// Indexes these profiles (the visible ones) at `version`.
    pub fn build(dir: &Directory, version: i64, records: Vec<PartnerRecord>) -> Self {
        assert!(
            dir.conditions.keys().len() <= Bits::BITS as usize
                && geo::DEPARTMENTS.len() <= Bits::BITS as usize
                && dir.roles.keys().len() <= Bits::BITS as usize
                && dir.missions.keys().len() <= Bits::BITS as usize
                && dir.trainings.keys().len() <= Bits::BITS as usize,
            "a vocabulary outgrew the search index's bit sets"
        );
        let lists = |n: usize| vec![Vec::new(); n];
        let mut index = SearchIndex {
            version,
            by_condition: lists(dir.conditions.keys().len()),
            by_department: lists(geo::DEPARTMENTS.len()),
            by_role: lists(dir.roles.keys().len()),
            by_mission: lists(dir.missions.keys().len()),
            ..Default::default()
        };
        for record in records {
            index.add(dir, record);
        }
        index
    }

    /// Brings the index to `version`, given the profiles changed since (`changed`) and the
    /// visible ones among them as they are now (`visible`).
    pub fn apply(
        &mut self,
        dir: &Directory,
        version: i64,
        changed: &[i64],
        visible: Vec<PartnerRecord>,
    ) {
        for id in changed {
            if let Some(n) = self.by_id.remove(id) {
                self.entries[n as usize].alive = false;
                self.dead += 1;
                let key = &self.keys[n as usize];
                if self.owners.get(key) == Some(id) {
                    self.owners.remove(key);
                }
            }
        }
        for record in visible {
            self.add(dir, record);
        }
        self.version = version;
    }

    /// Whether so many entries are outdated that reading everything again is better.
    fn worn(&self) -> bool {
        self.dead * 4 > self.entries.len()
    }

    fn add(&mut self, dir: &Directory, record: PartnerRecord) {
        let index = self;
        let n = index.entries.len() as u32;
        let p = &record.profile;
        let entry = Entry {
            id: record.id,
            alive: true,
            conditions: bits_of(&dir.conditions, &p.conditions),
            departments: department_bits(p.departments.iter().map(String::as_str)),
            roles: bits_of(&dir.roles, &p.roles),
            missions: bits_of(&dir.missions, &p.missions),
            trainings: bits_of(&dir.trainings, std::slice::from_ref(&p.training)),
            training_rank: training_rank(&p.training),
            online: p.online,
            available: !p.availability.trim().is_empty(),
        };
        for (bits, lists) in [
            (entry.conditions, &mut index.by_condition),
            (entry.departments, &mut index.by_department),
            (entry.roles, &mut index.by_role),
            (entry.missions, &mut index.by_mission),
        ] {
            for i in positions(bits) {
                lists[i].push(n);
            }
        }
        if entry.online {
            index.online.push(n);
        }
        index.by_id.insert(record.id, n);
        let key = (record.platform, Arc::<str>::from(record.user.0));
        index.owners.insert(key.clone(), record.id);
        index.keys.push(key);
        index.entries.push(entry);
    }

    /// How many profiles it holds.
    pub fn len(&self) -> usize {
        self.by_id.len()
    }

    /// Whether it holds none.
    pub fn is_empty(&self) -> bool {
        self.by_id.is_empty()
    }

    fn query(dir: &Directory, criteria: &Criteria) -> Query {
        let departments = department_bits(criteria.departments.iter().map(String::as_str));
        let near = department_bits(
            criteria
                .departments
                .iter()
                .flat_map(|d| geo::neighbours(d))
                .map(|d| d.code),
        ) & !departments;
        Query {
            conditions: bits_of(&dir.conditions, &criteria.conditions),
            related: bits_of(
                &dir.conditions,
                &super::related_conditions(&criteria.conditions),
            ),
            wants_conditions: !criteria.conditions.is_empty(),
            all_conditions: !criteria.any_condition,
            unknown: !criteria.unknown.is_empty(),
            departments,
            near,
            roles: bits_of(&dir.roles, &criteria.roles),
            wants_roles: !criteria.roles.is_empty(),
            missions: bits_of(&dir.missions, &criteria.missions),
            wants_missions: !criteria.missions.is_empty(),
            trainings: bits_of(&dir.trainings, &criteria.trainings),
            wants_trainings: !criteria.trainings.is_empty(),
            online: criteria.online,
        }
    }

    /// The profiles a query can match at all: every profile [`score`] accepts is among them,
    /// in ascending order.
    fn candidates(&self, q: &Query) -> Vec<u32> {
        let union = |lists: &[Vec<u32>], bits: Bits, extra: &[u32]| -> Vec<u32> {
            let mut all: Vec<u32> = positions(bits)
                .flat_map(|i| lists[i].iter().copied())
                .chain(extra.iter().copied())
                .collect();
            all.sort_unstable();
            all.dedup();
            all
        };
        if q.wants_conditions {
            // A profile must share a condition, or have a related one.
            union(&self.by_condition, q.conditions | q.related, &[])
        } else if q.wants_missions {
            // Every mission is required: the first one's list holds them all.
            positions(q.missions)
                .next()
                .map_or_else(Vec::new, |i| self.by_mission[i].clone())
        } else if q.departments != 0 {
            // Without a condition, a place must match: here, nearby, or online.
            union(&self.by_department, q.departments | q.near, &self.online)
        } else if q.wants_roles {
            union(&self.by_role, q.roles, &[])
        } else if q.online {
            self.online.clone()
        } else {
            (0..self.entries.len() as u32).collect()
        }
    }

    /// Every profile answering the criteria except the searcher's own: the full answers
    /// first, then the nearest, each best first (ties by profile number); returns the
    /// counts and the hits from `start` to `start + count`.
    pub fn search(
        &self,
        dir: &Directory,
        criteria: &Criteria,
        searcher: (Platform, &UserId),
        start: usize,
        count: usize,
    ) -> Found {
        let q = Self::query(dir, criteria);
        let own = self
            .owners
            .get(&(searcher.0, Arc::<str>::from(searcher.1.0.as_str())))
            .copied();
        let mut hits: Vec<Hit> = self
            .candidates(&q)
            .into_iter()
            .map(|n| &self.entries[n as usize])
            .filter(|e| e.alive && Some(e.id) != own)
            .filter_map(|e| {
                score(&q, e).map(|(score, exact)| Hit {
                    id: e.id,
                    score,
                    exact,
                })
            })
            .collect();
        let total = hits.len();
        let exact = hits.iter().filter(|h| h.exact).count();
        let order = |a: &Hit, b: &Hit| {
            b.exact
                .cmp(&a.exact)
                .then(b.score.cmp(&a.score))
                .then(a.id.cmp(&b.id))
        };
        let end = (start + count).min(total);
        if end < total {
            // Only the first `end` need to be in order.
            hits.select_nth_unstable_by(end, order);
            hits.truncate(end);
        }
        hits.sort_unstable_by(order);
        Found {
            total,
            exact,
            hits: hits.into_iter().skip(start).collect(),
        }
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

/// How well a profile answers the query, and whether it answers all of it; `None` when it
/// does not at all. Conditions weigh most (a related one half as much as one asked), then
/// the place (same department, neighbouring one, online), then roles, training and stated
/// availability.
fn score(q: &Query, e: &Entry) -> Option<(i64, bool)> {
    let conditions = i64::from((q.conditions & e.conditions).count_ones());
    // Related conditions count only for someone sharing none of those asked.
    let related = if conditions == 0 {
        i64::from((q.related & e.conditions).count_ones())
    } else {
        0
    };
    if q.wants_conditions && conditions == 0 && related == 0 {
        return None;
    }
    let place = if q.departments == 0 {
        0
    } else if q.departments & e.departments != 0 {
        40
    } else if q.near & e.departments != 0 {
        20
    } else if e.online {
        10
    } else if !q.wants_conditions && !q.wants_missions {
        return None;
    } else {
        0
    };
    if q.online && !e.online && q.departments == 0 {
        return None;
    }
    if (q.wants_missions && (q.missions == 0 || e.missions & q.missions != q.missions))
        || (q.wants_trainings && e.trainings & q.trainings == 0)
    {
        return None;
    }
    let roles = i64::from((q.roles & e.roles).count_ones());
    // With conditions asked, someone sharing them in another role is among the nearest;
    // otherwise the role is what was asked.
    if q.wants_roles && roles == 0 && !q.wants_conditions {
        return None;
    }
    let right_role = !q.wants_roles || roles > 0;
    let all_conditions = !q.wants_conditions
        || (conditions > 0 && (!q.all_conditions || q.conditions & !e.conditions == 0));
    let right_place = place == 40 || q.departments == 0 || (q.online && e.online);
    Some((
        conditions * 100
            + related.min(1) * 50
            + place
            + roles * 10
            + e.training_rank
            + i64::from(e.available),
        all_conditions && right_place && right_role && !q.unknown,
    ))
}

/// The index of one process, rebuilt when the directory changed.
#[derive(Debug, Default)]
pub struct SearchCache {
    current: Mutex<Option<Arc<SearchIndex>>>,
}

impl SearchCache {
    /// The index at the directory's current version, built now if needed.
    pub async fn get(&self, dir: &Directory, tx: &mut Tx) -> Result<Arc<SearchIndex>, StoreError> {
        let version = tx.directory_version().await?;
        let base = match self.lock().as_ref() {
            Some(index) if index.version == version => return Ok(Arc::clone(index)),
            Some(index) if !index.worn() => Some(index.version),
            _ => None,
        };
        if let Some(base) = base
            && let Some(changed) = tx.directory_changes_since(base).await?
        {
            let visible = tx
                .partners_by_ids(&changed)
                .await?
                .into_iter()
                .filter(|r| r.status == PartnerStatus::Approved && !r.paused)
                .collect();
            let mut current = self.lock();
            if let Some(index) = current.as_mut() {
                if index.version == base {
                    // In place, unless a search elsewhere still holds this version.
                    Arc::make_mut(index).apply(dir, version, &changed, visible);
                    tracing::debug!(changed = changed.len(), version, "search index updated");
                }
                if index.version >= version {
                    return Ok(Arc::clone(index));
                }
            }
        }
        let records = tx.visible_partners().await?;
        let index = Arc::new(SearchIndex::build(dir, version, records));
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
        let index = SearchIndex::build(&dir, 1, demo_records());
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
            let q = SearchIndex::query(&dir, &criteria);
            let mut brute: Vec<Hit> = index
                .entries
                .iter()
                .filter_map(|e| {
                    score(&q, e).map(|(score, exact)| Hit {
                        id: e.id,
                        score,
                        exact,
                    })
                })
                .collect();
            brute.sort_unstable_by(|a, b| {
                b.exact
                    .cmp(&a.exact)
                    .then(b.score.cmp(&a.score))
                    .then(a.id.cmp(&b.id))
            });
            let found = index.search(&dir, &criteria, (Platform::Console, &nobody), 0, 1000);
            assert_eq!(found.total, brute.len(), "{text}");
            assert_eq!(found.hits, brute, "{text}");
            assert_eq!(
                found.exact,
                brute.iter().filter(|h| h.exact).count(),
                "{text}"
            );
            // Pages are slices of the same order.
            let page = index.search(&dir, &criteria, (Platform::Console, &nobody), 5, 5);
            assert_eq!(
                page.hits,
                brute.iter().skip(5).take(5).copied().collect::<Vec<_>>()
            );
        }
    }

    #[test]
    fn the_searcher_is_not_among_the_results() {
        let dir = Directory::load(&I18n::load().unwrap());
        let index = SearchIndex::build(&dir, 1, demo_records());
        let me = crate::demo::partner_user(1);
        let criteria = parse(&dir, "en ligne", false);
        let hits = index
            .search(&dir, &criteria, (Platform::Console, &me), 0, 1000)
            .hits;
        assert!(hits.iter().all(|h| h.id != 1));
        let all = index
            .search(&dir, &criteria, (Platform::Telegram, &me), 0, 1000)
            .hits;
        assert_eq!(
            all.len(),
            hits.len() + usize::from(demo_records()[0].profile.online)
        );
    }

    /// Only what answers everything asked counts as a match, and comes first: the place
    /// (not a neighbouring department or another region), every condition named, and no
    /// word left unknown.
    #[test]
    fn full_answers_come_first_and_alone_count() {
        let dir = Directory::load(&I18n::load().unwrap());
        let records = demo_records();
        let index = SearchIndex::build(&dir, 1, records.clone());
        let nobody = UserId("nobody".into());
        let profile = |id: i64| &records.iter().find(|r| r.id == id).unwrap().profile;
        for text in [
            "asthme Bordeaux",
            "Parkinson à Nantes",
            "aidant handicap enfant",
            "SEP Toulouse",
            "diabète 31",
            "pair aidant bipolaire en ligne",
            "glaucome Lyon",
        ] {
            let criteria = parse(&dir, text, false);
            let found = index.search(&dir, &criteria, (Platform::Console, &nobody), 0, 1000);
            let first_near = found.hits.iter().position(|h| !h.exact);
            assert_eq!(first_near.unwrap_or(found.total), found.exact, "{text}");
            for hit in &found.hits {
                let p = profile(hit.id);
                let here = p
                    .departments
                    .iter()
                    .any(|d| criteria.departments.contains(d));
                let place = here
                    || (criteria.departments.is_empty() && !criteria.online)
                    || (criteria.online && p.online);
                let conditions = if criteria.any_condition {
                    criteria.conditions.iter().any(|c| p.conditions.contains(c))
                } else {
                    criteria.conditions.iter().all(|c| p.conditions.contains(c))
                };
                let role =
                    criteria.roles.is_empty() || criteria.roles.iter().any(|r| p.roles.contains(r));
                assert_eq!(
                    hit.exact,
                    place && conditions && role && criteria.unknown.is_empty(),
                    "{text}: profile {}",
                    hit.id
                );
            }
        }
        // Nobody in the demo directory lives with asthma in Gironde, or names an unknown
        // condition.
        for text in ["asthme Bordeaux", "glaucome Lyon"] {
            let criteria = parse(&dir, text, false);
            let found = index.search(&dir, &criteria, (Platform::Console, &nobody), 0, 1000);
            assert_eq!(found.exact, 0, "{text}");
        }
    }

    /// Applying changes gives the same results as building from scratch.
    #[test]
    fn updates_match_a_fresh_build() {
        let dir = Directory::load(&I18n::load().unwrap());
        let mut records = demo_records();
        let mut index = SearchIndex::build(&dir, 1, records.clone());
        // Profile 1 leaves, profile 2 changes its conditions, profile 3 is new.
        let gone = records.remove(0);
        records[0].profile.conditions = vec!["avc".into()];
        let mut new = records[1].clone();
        new.id = 1000;
        new.user = UserId("newcomer".into());
        records.push(new.clone());
        index.apply(
            &dir,
            2,
            &[gone.id, records[0].id, 1000],
            vec![records[0].clone(), new],
        );
        let fresh = SearchIndex::build(&dir, 2, records);
        let nobody = UserId("nobody".into());
        for text in ["SEP Toulouse", "AVC", "en ligne", "diabète 31", ""] {
            let criteria = parse(&dir, text, false);
            let who = (Platform::Console, &nobody);
            assert_eq!(
                index.search(&dir, &criteria, who, 0, 1000),
                fresh.search(&dir, &criteria, who, 0, 1000),
                "{text}"
            );
        }
        assert_eq!(index.len(), fresh.len());
    }
}
