-- strata:up
ALTER TABLE order_lines ADD COLUMN quantity INTEGER NOT NULL DEFAULT 1;
