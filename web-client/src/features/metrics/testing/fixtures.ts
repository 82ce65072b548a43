import type { OutreachReport } from '../api/get-outreach-report';
import type { MetricScope } from '../api/get-metric-scopes';

export const saxonyScope: MetricScope = {
  id: '8f3e5a10-4d07-4f6e-9c70-000000000001',
  kind: 'PROGRAMME',
  name: 'Kreatives Sachsen',
  state: 'SN',
  archived: false,
  version: 0,
};

/** The demo's first 100 days, shortened to two indicators. */
export function outreachReport(overrides: Partial<OutreachReport> = {}): OutreachReport {
  return {
    from: '2017-06-27',
    to: '2017-10-04',
    previousFrom: '2017-03-19',
    previousTo: '2017-06-26',
    interval: 'MONTH',
    publishedOnly: false,
    indicators: [
      {
        key: 'events_held',
        nameDe: 'Eigene Veranstaltungen und Netzwerkgespräche',
        nameEn: 'Own events and network talks',
        unit: 'Veranstaltungen',
        kind: 'FLOW',
        category: 'EVENTS',
        impactLevel: 'OUTPUT',
        source: 'DERIVED',
        wholeNumbers: true,
        value: 80,
        partial: false,
        previousRecorded: false,
        previousValue: 0,
        previousPartial: false,
        baseline: 0,
        target: 60,
        attainment: 1.3333,
        byScope: [],
        byState: [{ state: 'SN', value: 80, partial: false }],
        byTown: [
          { town: 'Chemnitz', value: 7, partial: false },
          { town: 'Dresden', value: 6, partial: false },
        ],
        series: [
          { from: '2017-06-27', to: '2017-06-30', value: 3, partial: false },
          { from: '2017-07-01', to: '2017-07-31', value: 25, partial: false },
        ],
      },
      {
        key: 'facebook_followers',
        nameDe: 'Facebook-Follower',
        nameEn: 'Facebook followers',
        unit: 'Follower',
        kind: 'STOCK',
        category: 'SOCIAL_MEDIA',
        impactLevel: 'OUTPUT',
        source: 'MANUAL',
        wholeNumbers: true,
        value: 1280,
        partial: false,
        previousRecorded: true,
        previousValue: 400,
        previousPartial: false,
        baseline: 350,
        target: 1000,
        attainment: 1.28,
        byScope: [],
        byState: [],
        byTown: [],
        series: [{ from: '2017-06-27', to: '2017-06-30', value: 400, partial: false }],
      },
    ],
    narratives: [
      {
        id: '8f3e5a10-4d07-4f6e-9c76-000000000002',
        scopeId: saxonyScope.id,
        startsOn: '2017-06-27',
        endsOn: '2017-10-04',
        position: 2,
        title: 'Schneeballeffekt',
        body: 'In den letzten 100 Tagen **80** eigene Veranstaltungen.',
        version: 0,
      },
    ],
    ...overrides,
  };
}
