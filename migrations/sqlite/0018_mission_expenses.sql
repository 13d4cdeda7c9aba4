-- Pay and expenses are two answers: a volunteer mission may still reimburse travel, and
-- the sources single out pay as what decides whether collaborations last. `paid` keeps its
-- meaning for missions posted before (it said "paid or compensated"); their `reimbursed`
-- stays NULL, shown as "not stated" rather than guessed.
-- Never edit once landed.
ALTER TABLE etp_missions ADD COLUMN reimbursed INTEGER;
