import type { Db } from '../db';
import { journalRepository } from './journal-repository';
import { fiscalCalendarRepository } from './fiscal-calendar-repository';
import { metaRepository } from './meta-repository';
import { observationRepository } from './observation-repository';
import { scenarioRepository } from './scenario-repository';
import { seriesRepository } from './series-repository';
import { statementRepository } from './statement-repository';
import { importRepository } from './import-repository';
import { recipeRepository } from './recipe-repository';
import { dealRepository } from './deal-repository';
import { modelSettingsRepository } from './model-settings-repository';
import { vintageRepository } from './vintage-repository';
import { seriesTraceRepository } from './series-trace-repository';
import { importTakenRepository } from './import-taken-repository';

function build(db: Db) {
  return {
    series: seriesRepository(db),
    observations: observationRepository(db),
    statements: statementRepository(db),
    fiscalCalendars: fiscalCalendarRepository(db),
    scenarios: scenarioRepository(db),
    journal: journalRepository(db),
    meta: metaRepository(db),
    imports: importRepository(db),
    recipes: recipeRepository(db),
    deals: dealRepository(db),
    modelSettings: modelSettingsRepository(db),
    vintages: vintageRepository(db),
    seriesTrace: seriesTraceRepository(db),
    importTaken: importTakenRepository(db),
  };
}

export type Repositories = ReturnType<typeof build>;

const cache = new WeakMap<Db, Repositories>();

/** The repositories of one connection; their statements are prepared once and reused. */
export function repositories(db: Db): Repositories {
  let repos = cache.get(db);
  if (!repos) {
    repos = build(db);
    cache.set(db, repos);
  }
  return repos;
}
