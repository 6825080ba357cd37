0-- strata:up
