/** Text shown to users, in English and Chinese. */
export interface Text {
  en: string;
  zh: string;
}

/** The factors of a policy: the seed's four criteria, plus optional reciprocity. */
export type FactorId = 'severity' | 'health-system' | 'request' | 'donor-capacity' | 'reciprocity';

/** The measurable components each factor reads from a RecipientProfile. */
export type ComponentId =
  | 'cases-per-million'
  | 'growth'
  | 'beds-per-1000'
  | 'health-workers-per-1000'
  | 'supply-shortage'
  | 'urgency'
  | 'agreed'
  | 'coverable-share'
  | 'help-received';

/** Which components belong to which factor (fixed; a policy sets their weights and references). */
export const FACTOR_COMPONENTS: Record<FactorId, readonly ComponentId[]> = {
  severity: ['cases-per-million', 'growth'],
  'health-system': ['beds-per-1000', 'health-workers-per-1000', 'supply-shortage'],
  request: ['urgency', 'agreed'],
  'donor-capacity': ['coverable-share'],
  reciprocity: ['help-received'],
};

/** One measurable component of a factor, scored 0..1. */
export interface PolicyComponent {
  id: ComponentId;
  /** Relative weight inside its factor (>= 0). */
  weight: number;
  /** Reference value of the scale (see explain), or null for components that are already shares. */
  reference: number | null;
  label: Text;
  explain: Text;
}

/** One named, weighted factor of a policy. */
export interface PolicyFactor {
  id: FactorId;
  enabled: boolean;
  /** Relative weight across enabled factors (>= 0); normalised when scoring. */
  weight: number;
  label: Text;
  explain: Text;
  components: PolicyComponent[];
}

/** Urgency of a request as the requesting country states it. */
export type Urgency = 'routine' | 'urgent' | 'critical';

/** An allocation policy: data, versioned and shown to the user next to every plan it produced. */
export interface Policy {
  id: string;
  version: string;
  title: Text;
  /** Share of every weight that does not depend on the factors (0 < baseline <= 1). */
  baseline: number;
  /** Score of a component that has no data for a recipient (shown as missing). */
  missingScore: number;
  /** Need per line: the agreed request, or the request capped by the forecast net need when one exists. */
  needRule: 'request' | 'request-capped-by-forecast';
  /** Days of domestic consumption kept in reserve when an item states consumption but not days. */
  reserveCoverDays: number;
  /** Scores of the urgency levels. */
  urgencyScores: Record<Urgency, number>;
  /** Score of a request not yet agreed (an agreed one scores 1). */
  pendingRequestScore: number;
  factors: PolicyFactor[];
}

const t = (en: string, zh: string): Text => ({ en, zh });

/** The default policy: the seed's four criteria with published reference values; reciprocity off. */
export const DEFAULT_POLICY: Policy = {
  id: 'tongzhou-default',
  version: '2020-03-26.1',
  title: t('Tongzhou default allocation policy', '同舟默认分配政策'),
  baseline: 0.25,
  missingScore: 0.5,
  needRule: 'request-capped-by-forecast',
  reserveCoverDays: 30,
  urgencyScores: { routine: 0.2, urgent: 0.6, critical: 1 },
  pendingRequestScore: 0.5,
  factors: [
    {
      id: 'severity',
      enabled: true,
      weight: 0.35,
      label: t('Severity of the local epidemic', '当地疫情严重程度'),
      explain: t(
        'How hard the epidemic hits the recipient now: confirmed cases per million people and how fast new cases grow.',
        '疫情当前对受援方的冲击：每百万人确诊病例数，以及新增病例增长的速度。',
      ),
      components: [
        {
          id: 'cases-per-million',
          weight: 0.6,
          reference: 1000,
          label: t('Cases per million', '每百万人病例数'),
          explain: t(
            'On a log scale: 0 with no cases, 1 at 1,000 cases per million or more.',
            '按对数刻度：无病例为 0，每百万人 1,000 例及以上为 1。',
          ),
        },
        {
          id: 'growth',
          weight: 0.4,
          reference: 0.231,
          label: t('Growth of new cases', '新增病例增长'),
          explain: t(
            'Daily growth rate of new cases (log-linear fit over 14 days): 0 when flat or falling, 1 when cases double every 3 days or faster (rate 0.231 per day).',
            '新增病例的日增长率（14 天对数线性拟合）：持平或下降为 0，每 3 天或更快翻一番（日增长率 0.231）为 1。',
          ),
        },
      ],
    },
    {
      id: 'health-system',
      enabled: true,
      weight: 0.3,
      label: t('Medical conditions and shortage', '医疗条件与物资短缺'),
      explain: t(
        'How weak the local health system is and how short it is of supplies: hospital beds and health workers per 1,000 people, and the share of forecast need not covered by stock and supplies on the way.',
        '当地卫生系统有多薄弱、物资有多短缺：每千人病床数和卫生工作者数，以及库存和在途物资未能覆盖的预测需求比例。',
      ),
      components: [
        {
          id: 'beds-per-1000',
          weight: 0.3,
          reference: 4.82,
          label: t('Hospital beds per 1,000', '每千人病床数'),
          explain: t(
            '1 with no beds, 0 at 4.82 beds per 1,000 or more (the high-income average WHO ESFT uses as a fallback).',
            '无病床为 1，每千人 4.82 张及以上为 0（世卫组织 ESFT 采用的高收入国家平均值）。',
          ),
        },
        {
          id: 'health-workers-per-1000',
          weight: 0.3,
          reference: 4.45,
          label: t('Doctors and nurses per 1,000', '每千人医生和护士数'),
          explain: t(
            '1 with none, 0 at 4.45 per 1,000 or more (the WHO threshold for universal health coverage).',
            '没有为 1，每千人 4.45 名及以上为 0（世卫组织全民健康覆盖阈值）。',
          ),
        },
        {
          id: 'supply-shortage',
          weight: 0.4,
          reference: null,
          label: t('Shortage against forecast need', '相对预测需求的短缺'),
          explain: t(
            'Share of the forecast need for the requested items not covered by stock on hand and supplies already on the way.',
            '所申请物资的预测需求中，现有库存和在途物资未能覆盖的比例。',
          ),
        },
      ],
    },
    {
      id: 'request',
      enabled: true,
      weight: 0.2,
      label: t('The request itself', '申请本身'),
      explain: t(
        'What the recipient asked for and how urgently: critical requests score higher, and requests agreed through official channels score higher than pending ones.',
        '受援方申请了什么、有多紧急：危急的申请得分更高；经官方渠道商定的申请高于待定的申请。',
      ),
      components: [
        {
          id: 'urgency',
          weight: 0.6,
          reference: null,
          label: t('Urgency', '紧急程度'),
          explain: t('Routine 0.2, urgent 0.6, critical 1.', '常规 0.2，紧急 0.6，危急 1。'),
        },
        {
          id: 'agreed',
          weight: 0.4,
          reference: null,
          label: t('Agreed request', '已商定的申请'),
          explain: t(
            '1 when the quantities are agreed, 0.5 while pending.',
            '数量已商定为 1，待定为 0.5。',
          ),
        },
      ],
    },
    {
      id: 'donor-capacity',
      enabled: true,
      weight: 0.15,
      label: t("Donor's own capacity", '援助方自身能力'),
      explain: t(
        'Domestic needs come first: the domestic reserve is never allocated. This factor measures how much of the request the donor can actually supply from what is left after its reserve, so aid goes where it makes a real difference.',
        '国内需求优先：国内储备从不分配。此因素衡量援助方在保留储备后能实际满足申请的多大部分，使援助用在能真正起作用的地方。',
      ),
      components: [
        {
          id: 'coverable-share',
          weight: 1,
          reference: null,
          label: t('Share of the request the donor can cover', '援助方可满足的申请比例'),
          explain: t(
            'Average over the requested items of (stock left after the domestic reserve ÷ this request), capped at 1.',
            '对所申请的各物资取（扣除国内储备后的库存 ÷ 本申请数量）的平均值，最高为 1。',
          ),
        },
      ],
    },
    {
      id: 'reciprocity',
      enabled: false,
      weight: 0.1,
      label: t('Reciprocity', '互助回报'),
      explain: t(
        'Help received earlier from this recipient is remembered. Off by default; when on, it is shown on every line it affects.',
        '铭记此前从该受援方获得的帮助。默认关闭；开启时会在受其影响的每一行中显示。',
      ),
      components: [
        {
          id: 'help-received',
          weight: 1,
          reference: null,
          label: t('Helped the donor earlier', '曾援助过援助方'),
          explain: t(
            '1 when the recipient sent help earlier in the epidemic, else 0.',
            '在疫情早期曾提供援助为 1，否则为 0。',
          ),
        },
      ],
    },
  ],
};
