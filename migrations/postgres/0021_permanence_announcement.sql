-- Where the announcement of a new permanence to its topic's subscribers stands: a partner's
-- permanence (its title, place and link written by them) is announced only once a
-- coordinator agrees ('pending', then 'sent' or 'withheld'); a coordinator's goes out at
-- once. Permanences created before were announced already.
-- Never edit once landed.
ALTER TABLE permanences ADD COLUMN announcement TEXT NOT NULL DEFAULT 'sent';
