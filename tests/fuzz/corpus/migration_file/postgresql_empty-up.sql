1-- strata:up
