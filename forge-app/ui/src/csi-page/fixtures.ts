// Resolver answers recorded from the sandbox (`xloop start --seed-days 45`), trimmed: what the CSI page's
// component tests give the mocked `call`.
import type { BoardEntry, BreakdownRow, Dashboard, ImpactReport, Opportunity } from './types';

export const DASHBOARD = {
  range: {
    from: '2026-08-28',
    to: '2026-11-25',
  },
  segment: {},
  scorecard: {
    responses: 985,
    happiness: {
      kind: 'scored',
      n: 985,
      value: 0.7106598984771617,
      ci95: [-4.287491650290133, 5.708811447244456],
      promoterShare: 0.3238578680203046,
      detractorShare: 0.31675126903553297,
      variance: 0.0006503133333063016,
    },
    meanScore: {
      kind: 'scored',
      n: 985,
      value: 7.359390862944163,
    },
    lostTime: {
      kind: 'scored',
      n: 985,
      meanMinutes: 58.603045685279184,
      totalMinutes: 57724,
      varianceMinutes: 7934.054665511122,
    },
    responseRate: {
      sent: 1989,
      answered: 985,
      rate: 0.4952237305178482,
    },
    factors: [
      {
        factor: 'more-updates',
        count: 94,
        share: 0.09543147208121827,
      },
      {
        factor: 'unclear-instructions',
        count: 90,
        share: 0.09137055837563451,
      },
      {
        factor: 'friendly',
        count: 81,
        share: 0.08223350253807106,
      },
    ],
  },
  organisation: {
    responses: 985,
    happiness: {
      kind: 'scored',
      n: 985,
      value: 0.7106598984771617,
      ci95: [-4.287491650290133, 5.708811447244456],
      promoterShare: 0.3238578680203046,
      detractorShare: 0.31675126903553297,
      variance: 0.0006503133333063016,
    },
    meanScore: {
      kind: 'scored',
      n: 985,
      value: 7.359390862944163,
    },
    lostTime: {
      kind: 'scored',
      n: 985,
      meanMinutes: 58.603045685279184,
      totalMinutes: 57724,
      varianceMinutes: 7934.054665511122,
    },
    responseRate: {
      sent: 1989,
      answered: 985,
      rate: 0.4952237305178482,
    },
    factors: [
      {
        factor: 'more-updates',
        count: 94,
        share: 0.09543147208121827,
      },
      {
        factor: 'unclear-instructions',
        count: 90,
        share: 0.09137055837563451,
      },
      {
        factor: 'friendly',
        count: 81,
        share: 0.08223350253807106,
      },
    ],
  },
  trend: [
    {
      period: '2026-W45',
      scorecard: {
        responses: 147,
        happiness: {
          kind: 'scored',
          n: 147,
          value: 8.84353741496599,
          ci95: [-4.073076597740169, 21.76015142767215],
          promoterShare: 0.3673469387755102,
          detractorShare: 0.2789115646258503,
          variance: 0.004343113523812042,
        },
        meanScore: {
          kind: 'scored',
          n: 147,
          value: 7.578231292517007,
        },
        lostTime: {
          kind: 'scored',
          n: 147,
          meanMinutes: 53.04761904761905,
          totalMinutes: 7798,
          varianceMinutes: 6200.675799086757,
        },
        responseRate: {
          sent: 296,
          answered: 147,
          rate: 0.4966216216216216,
        },
        factors: [
          {
            factor: 'friendly',
            count: 17,
            share: 0.11564625850340136,
          },
          {
            factor: 'unclear-instructions',
            count: 16,
            share: 0.10884353741496598,
          },
          {
            factor: 'more-updates',
            count: 15,
            share: 0.10204081632653061,
          },
        ],
      },
    },
    {
      period: '2026-W46',
      scorecard: {
        responses: 154,
        happiness: {
          kind: 'scored',
          n: 154,
          value: -3.246753246753248,
          ci95: [-16.27800198016394, 9.784495486657441],
          promoterShare: 0.3246753246753247,
          detractorShare: 0.35714285714285715,
          variance: 0.004420545721776959,
        },
        meanScore: {
          kind: 'scored',
          n: 154,
          value: 7.188311688311688,
        },
        lostTime: {
          kind: 'scored',
          n: 154,
          meanMinutes: 71.40259740259741,
          totalMinutes: 10996,
          varianceMinutes: 12739.771496477379,
        },
        responseRate: {
          sent: 298,
          answered: 154,
          rate: 0.5167785234899329,
        },
        factors: [
          {
            factor: 'not-helpful',
            count: 18,
            share: 0.11688311688311688,
          },
          {
            factor: 'unclear-instructions',
            count: 17,
            share: 0.11038961038961038,
          },
          {
            factor: 'explain-several-times',
            count: 16,
            share: 0.1038961038961039,
          },
        ],
      },
    },
    {
      period: '2026-W47',
      scorecard: {
        responses: 156,
        happiness: {
          kind: 'scored',
          n: 156,
          value: -2.564102564102566,
          ci95: [-15.246609851593917, 10.118404723388785],
          promoterShare: 0.3141025641025641,
          detractorShare: 0.33974358974358976,
          variance: 0.004187106997757885,
        },
        meanScore: {
          kind: 'scored',
          n: 156,
          value: 7.269230769230769,
        },
        lostTime: {
          kind: 'scored',
          n: 156,
          meanMinutes: 64.7948717948718,
          totalMinutes: 10108,
          varianceMinutes: 8063.209263854425,
        },
        responseRate: {
          sent: 305,
          answered: 156,
          rate: 0.5114754098360655,
        },
        factors: [
          {
            factor: 'more-updates',
            count: 15,
            share: 0.09615384615384616,
          },
          {
            factor: 'slow',
            count: 14,
            share: 0.08974358974358974,
          },
          {
            factor: 'not-helpful',
            count: 13,
            share: 0.08333333333333333,
          },
        ],
      },
    },
    {
      period: '2026-W48',
      scorecard: {
        responses: 26,
        happiness: {
          kind: 'scored',
          n: 26,
          value: 19.230769230769234,
          ci95: [-9.013770458816825, 47.47530892035529],
          promoterShare: 0.38461538461538464,
          detractorShare: 0.19230769230769232,
          variance: 0.020766954938552573,
        },
        meanScore: {
          kind: 'scored',
          n: 26,
          value: 7.730769230769231,
        },
        lostTime: {
          kind: 'scored',
          n: 26,
          meanMinutes: 54.84615384615385,
          totalMinutes: 1426,
          varianceMinutes: 6930.295384615385,
        },
        responseRate: {
          sent: 105,
          answered: 26,
          rate: 0.24761904761904763,
        },
        factors: [
          {
            factor: 'more-updates',
            count: 4,
            share: 0.15384615384615385,
          },
          {
            factor: 'unclear-instructions',
            count: 4,
            share: 0.15384615384615385,
          },
          {
            factor: 'not-helpful',
            count: 3,
            share: 0.11538461538461539,
          },
        ],
      },
    },
  ],
  factors: [
    {
      factor: 'more-updates',
      count: 94,
      share: 0.09543147208121827,
      overallShare: 0.09543147208121827,
      lift: 1,
    },
    {
      factor: 'unclear-instructions',
      count: 90,
      share: 0.09137055837563451,
      overallShare: 0.09137055837563451,
      lift: 1,
    },
    {
      factor: 'friendly',
      count: 81,
      share: 0.08223350253807106,
      overallShare: 0.08223350253807106,
      lift: 1,
    },
    {
      factor: 'not-informed',
      count: 80,
      share: 0.08121827411167512,
      overallShare: 0.08121827411167512,
      lift: 1,
    },
  ],
} as unknown as Dashboard;

export const BREAKDOWN_SERVICE = [
  {
    value: 'Email',
    scorecard: {
      responses: 256,
      happiness: {
        kind: 'scored',
        n: 256,
        value: 51.171875,
        ci95: [43.4409162727115, 58.9028337272885],
        promoterShare: 0.5859375,
        detractorShare: 0.07421875,
        variance: 0.0015558600425720215,
      },
      meanScore: {
        kind: 'scored',
        n: 256,
        value: 8.58203125,
      },
      lostTime: {
        kind: 'scored',
        n: 256,
        meanMinutes: 18.7265625,
        totalMinutes: 4794,
        varianceMinutes: 1327.0465073529413,
      },
      responseRate: {
        sent: 488,
        answered: 256,
        rate: 0.5245901639344263,
      },
      factors: [
        {
          factor: 'friendly',
          count: 38,
          share: 0.1484375,
        },
        {
          factor: 'quick',
          count: 38,
          share: 0.1484375,
        },
        {
          factor: 'skilled',
          count: 37,
          share: 0.14453125,
        },
      ],
    },
  },
  {
    value: 'Access',
    scorecard: {
      responses: 176,
      happiness: {
        kind: 'scored',
        n: 176,
        value: -36.93181818181818,
        ci95: [-47.19850632786889, -26.66513003576747],
        promoterShare: 0.125,
        detractorShare: 0.4943181818181818,
        variance: 0.0027438764908903086,
      },
      meanScore: {
        kind: 'scored',
        n: 176,
        value: 6.505681818181818,
      },
      lostTime: {
        kind: 'scored',
        n: 176,
        meanMinutes: 75.51136363636364,
        totalMinutes: 13290,
        varianceMinutes: 8968.87987012987,
      },
      responseRate: {
        sent: 393,
        answered: 176,
        rate: 0.44783715012722647,
      },
      factors: [
        {
          factor: 'unclear-instructions',
          count: 26,
          share: 0.14772727272727273,
        },
        {
          factor: 'closed-without-asking',
          count: 25,
          share: 0.14204545454545456,
        },
        {
          factor: 'not-informed',
          count: 21,
          share: 0.11931818181818182,
        },
      ],
    },
  },
  {
    value: 'VPN',
    scorecard: {
      responses: 150,
      happiness: {
        kind: 'scored',
        n: 150,
        value: -70,
        ci95: [-78.41745649254653, -61.582543507453465],
        promoterShare: 0.03333333333333333,
        detractorShare: 0.7333333333333333,
        variance: 0.0018444444444444446,
      },
      meanScore: {
        kind: 'scored',
        n: 150,
        value: 5.326666666666667,
      },
      lostTime: {
        kind: 'scored',
        n: 150,
        meanMinutes: 146.42666666666668,
        totalMinutes: 21964,
        varianceMinutes: 14981.722774049214,
      },
      responseRate: {
        sent: 304,
        answered: 150,
        rate: 0.4934210526315789,
      },
      factors: [
        {
          factor: 'explain-several-times',
          count: 30,
          share: 0.2,
        },
        {
          factor: 'slow',
          count: 30,
          share: 0.2,
        },
        {
          factor: 'not-informed',
          count: 28,
          share: 0.18666666666666668,
        },
      ],
    },
  },
] as unknown as BreakdownRow[];

export const OPPORTUNITIES = [
  {
    rank: 1,
    key: 'service=VPN',
    segment: {
      service: 'VPN',
    },
    responses: 150,
    ticketsPerMonth: 171.46458333333334,
    happiness: {
      kind: 'scored',
      n: 150,
      value: -70,
      ci95: [-78.41745649254653, -61.582543507453465],
      promoterShare: 0.03333333333333333,
      detractorShare: 0.7333333333333333,
      variance: 0.0018444444444444446,
    },
    referenceHappiness: 0.7106598984771617,
    happinessGap: 62.293203405930626,
    lostMinutes: {
      mean: 146.42666666666668,
      ci95: [126.67857722288757, 166.17475611044577],
      n: 150,
    },
    referenceLostMinutes: 58.603045685279184,
    recoverableHoursPerMonth: 194.54237750485356,
    trend: {
      direction: 'stable',
      happiness: {
        value: -7.459937373365264,
        ci95: [-24.389621340571434, 9.469746593840906],
        standardError: 8.637752574586315,
      },
      lostMinutes: {
        value: 31.11143857063915,
        ci95: [-8.77493346418759, 70.9978106054659],
        standardError: 20.16268975692951,
      },
    },
    drivers: [
      {
        factor: 'not-solved',
        count: 28,
        share: 0.18666666666666668,
        overallShare: 0.04365482233502538,
        lift: 4.275968992248062,
      },
      {
        factor: 'slow',
        count: 30,
        share: 0.2,
        overallShare: 0.06802030456852792,
        lift: 2.9402985074626864,
      },
      {
        factor: 'explain-several-times',
        count: 30,
        share: 0.2,
        overallShare: 0.07309644670050762,
        lift: 2.736111111111111,
      },
    ],
    explanation:
      'service VPN: 171 tickets a month lose 146 minutes each against 59 for the organisation; at least 195 hours a month to win back; happiness -70 (95 % CI -78 to -62) against +1; "The problem was not solved" is cited 4.3\u00d7 as often as overall.',
    themes: [
      {
        term: 'vpn',
        count: 51,
        share: 1,
        referenceShare: 0.1895910780669145,
        logOdds: 1.0764818734426393,
        zScore: 6.276914019716976,
        examples: ['VPN keeps dropping every hour', 'VPN certificate expired again'],
      },
      {
        term: 'certificate',
        count: 17,
        share: 0.3333333333333333,
        referenceShare: 0.06319702602230483,
        logOdds: 1.0304787698550686,
        zScore: 3.4691084750095147,
        examples: ['VPN certificate expired again'],
      },
    ],
    comments: 51,
  },
  {
    rank: 2,
    key: 'team=Network',
    segment: {
      team: 'Network',
    },
    responses: 222,
    ticketsPerMonth: 236.05972222222223,
    happiness: {
      kind: 'scored',
      n: 222,
      value: -31.08108108108108,
      ci95: [-41.58511879835879, -20.577043363803366],
      promoterShare: 0.21171171171171171,
      detractorShare: 0.5225225225225225,
      variance: 0.002872211144672796,
    },
    referenceHappiness: 0.7106598984771617,
    happinessGap: 21.287703262280527,
    lostMinutes: {
      mean: 106.14414414414415,
      ci95: [90.55979113897254, 121.72849714931576],
      n: 222,
    },
    referenceLostMinutes: 58.603045685279184,
    recoverableHoursPerMonth: 125.72834091541863,
    trend: {
      direction: 'stable',
      happiness: {
        value: 0.05050505050505549,
        ci95: [-20.97915817747842, 21.080168278488532],
        standardError: 10.72961716486041,
      },
      lostMinutes: {
        value: 18.144444444444446,
        ci95: [-13.066413579616889, 49.35530246850578],
        standardError: 15.828767516811906,
      },
    },
    drivers: [
      {
        factor: 'not-solved',
        count: 28,
        share: 0.12612612612612611,
        overallShare: 0.04365482233502538,
        lift: 2.889168238005447,
      },
      {
        factor: 'slow',
        count: 30,
        share: 0.13513513513513514,
        overallShare: 0.06802030456852792,
        lift: 1.9866881807180314,
      },
      {
        factor: 'explain-several-times',
        count: 31,
        share: 0.13963963963963963,
        overallShare: 0.07309644670050762,
        lift: 1.9103478478478475,
      },
    ],
    explanation:
      'team Network: 236 tickets a month lose 106 minutes each against 59 for the organisation; at least 126 hours a month to win back; happiness -31 (95 % CI -42 to -21) against +1; "The problem was not solved" is cited 2.9\u00d7 as often as overall.',
    themes: [
      {
        term: 'vpn',
        count: 51,
        share: 0.8225806451612904,
        referenceShare: 0.1895910780669145,
        logOdds: 1.0368040012962334,
        zScore: 6.045554255941461,
        examples: ['VPN keeps dropping every hour', 'VPN certificate expired again'],
      },
      {
        term: 'certificate',
        count: 17,
        share: 0.27419354838709675,
        referenceShare: 0.06319702602230483,
        logOdds: 0.9927791574378926,
        zScore: 3.34219266774898,
        examples: ['VPN certificate expired again'],
      },
    ],
    comments: 62,
  },
] as unknown as Opportunity[];

export const BOARD = [
  {
    initiative: {
      id: 't-1',
      title: 'Fix VPN <b>x</b>',
      hypothesis: 'h',
      segment: {
        service: 'VPN',
      },
      status: 'identified',
      baseline: {
        window: {
          from: '2026-08-27',
          to: '2026-11-24',
        },
        months: 2.9568788501026693,
        rollup: {
          histogram: [1, 2, 8, 11, 27, 32, 29, 20, 15, 4, 1],
          lostTimeAnswers: 150,
          lostTimeMinutes: 21964,
          lostTimeMinutesSquared: 5448392,
          factors: {
            'closed-without-asking': 24,
            'could-be-faster': 5,
            'explain-several-times': 30,
            friendly: 1,
            'got-what-i-asked': 1,
            'hard-to-request': 7,
            'more-updates': 6,
            'not-delivered': 5,
            'not-helpful': 24,
            'not-informed': 28,
            'not-solved': 28,
            'partly-solved': 8,
            quick: 1,
            slow: 30,
            'solved-for-good': 1,
            'unclear-instructions': 10,
          },
          resolved: 496,
          sent: 300,
          answered: 150,
          expired: 108,
        },
        frozenAt: 1795631400059,
      },
      expected: {
        ticketsPerMonth: 167.74444444444444,
        recoverableHoursPerMonth: 190.01094498478898,
        happinessGap: 62.19291990623271,
      },
      effort: 5,
      opportunityKey: 'service=VPN',
      createdAt: 1795631400059,
      updatedAt: 1795631400059,
      version: 1,
      history: [
        {
          status: 'identified',
          at: 1795631400059,
          by: 'csi-1',
        },
      ],
    },
    score: 58.867222593055466,
  },
] as unknown as BoardEntry[];

export const IMPACT_NOT_LIVE = {
  verdict: 'not-enough-data',
  summary: 'Not live yet: the change is measured from its go-live date.',
  happinessBefore: {
    kind: 'scored',
    n: 150,
    value: -70,
    ci95: [-78.41745649254653, -61.582543507453465],
    promoterShare: 0.03333333333333333,
    detractorShare: 0.7333333333333333,
    variance: 0.0018444444444444446,
  },
  happinessAfter: {
    kind: 'insufficient',
    n: 0,
    minimum: 10,
  },
  lostMinutesBefore: 146.42666666666668,
  ticketsPerMonthAfter: 334.8125,
} as unknown as ImpactReport;
