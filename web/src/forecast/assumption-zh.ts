// Chinese plain words for the assumptions the forecast model lists (the API gives them in English).
import type { Role } from '../../../src/core/forecast';

/** Chinese plain words per assumption key, for the keys that do not depend on an item. */
export const ASSUMPTION_ZH: Readonly<Record<string, string>> = {
  scenario: '标题数字取自哪一种情景。',
  band: '每个数字同时给出低、高两种情景的值；区间为三种情景中的最小值和最大值。',
  'cases.dailyCasesNow': '当前每日新增病例（7日均值）。',
  'cases.rate': '每日增长率，中情景。',
  'cases.rateLow': '每日增长率，低情景。',
  'cases.rateHigh': '每日增长率，高情景。',
  'cases.history':
    '第1周开始时仍在治疗的患者来自此前几周，按中情景增长率反推，且不超过累计确诊数。',
  'cases.range': '低、高情景使用用户给出的范围；未给出时与中情景相同。',
  'cases.previousWeeks': '第1周之前计入仍在治疗患者的周数（缺少的周按零计）。',
  'cases.casesToDate': '迄今累计确诊病例。',
  'cases.susceptible': '预测的新增病例不超过尚未感染的人数。',
  'capacity.population': '人口。',
  'capacity.beds': '全国医院病床数。',
  'capacity.healthWorkers': '医生与护士人数。',
  'beds.triage': '病床不足时，危重症患者先于重症患者获得床位。',
  'severity.mild': '新增病例中轻症的比例。',
  'severity.moderate': '新增病例中中症的比例。',
  'severity.severe': '新增病例中重症（住院）的比例。',
  'severity.critical': '新增病例中危重症（住院）的比例。',
  'stayWeeks.mild': '轻症病例隔离的周数。',
  'stayWeeks.moderate': '中症病例隔离的周数。',
  'stayWeeks.severe': '重症病例住院的周数。',
  'stayWeeks.critical': '危重症病例住院的周数。',
  'ventilation.invasive': '危重症患者中使用有创呼吸机的比例。',
  'ventilation.nonInvasive': '危重症患者中使用无创通气的比例。',
  'oxygenLitresPerMinute.severe': '重症患者的氧气流量（升/分钟）。',
  'oxygenLitresPerMinute.criticalInvasive': '使用有创呼吸机的危重症患者的氧气流量（升/分钟）。',
  'oxygenLitresPerMinute.criticalNonInvasive': '使用无创通气的危重症患者的氧气流量（升/分钟）。',
  'beds.nonCovidShare': '留给其他患者的医院病床比例。',
  'healthWorkers.nonCovidShare': '留给其他患者的医生和护士比例。',
  'healthWorkers.treatingShare': '可救治新冠住院患者的医生和护士比例。',
  'healthWorkers.screeningShare': '可筛查疑似病例的医生和护士比例。',
  'staffing.hoursPerSevereBed': '一名重症患者每天需要的医护工时。',
  'staffing.hoursPerCriticalBed': '一名危重症患者每天需要的医护工时。',
  'staffing.shiftHours': '一名医护人员每天工作的小时数。',
  'staffing.screeningsPerWorkerPerDay': '一名医护人员每天可筛查的疑似病例数（每例48分钟）。',
  'testing.perMildModerateCase': '每例轻症或中症病例的检测次数。',
  'testing.perSevereCriticalCase': '每例重症或危重症病例的检测次数（诊断和出院）。',
  'testing.negativesPerPositive': '每确诊一例，疑似病例中检测为阴性的人数。',
  'testing.contactsPerCase': '每例确诊病例追踪的密切接触者人数。',
  'testing.contactsTestedShare': '接受检测的密切接触者比例。',
  'testing.perHealthWorkerPerWeek': '每名参与新冠救治的医护人员每周的检测次数。',
  'testing.antigenShare': '使用抗原快速检测的比例。',
  'testing.perLabTechnicianPerDay': '一名实验室技术人员每天可完成的核酸检测数。',
  'testing.labStaffCovidShare': '从事新冠检测的实验室人员比例。',
  'net.method':
    '消耗品：先用库存和到货，到货只覆盖到货当周及以后各周。可重复使用物资：在用所需数量减去现有数量。',
};

/** Chinese words for the string values assumptions take. */
export const VALUE_ZH: Readonly<Record<string, string>> = {
  low: '低',
  central: '中',
  high: '高',
  exponential: '指数增长',
  series: '用户提供的序列',
  'low-high range of the three runs': '三种情景的低–高区间',
  'back-projected at the central rate': '按中情景增长率反推',
  'critical first': '危重症优先',
  'stock, then deliveries, week by week': '逐周先用库存，再用到货',
  'user range': '用户给出的范围',
  none: '无',
  unknown: '未知',
};

/** One unit of each role in Chinese, with its measure word, to follow 每 ("per"). */
export const ROLE_ZH: Readonly<Record<Role, string>> = {
  inpatientHcw: '名护理住院患者的医护人员',
  screeningHcw: '名筛查疑似病例的医护人员',
  labTechnician: '名从事新冠检测的实验室技术人员',
  inpatientBed: '名住院的重症或危重症患者',
  criticalBed: '名住院的危重症患者',
  isolatedPatient: '名隔离中的轻症或中症患者',
  screenedPerson: '名接受筛查的人',
  pcrTest: '次核酸检测',
  antigenTest: '次抗原快速检测',
};
