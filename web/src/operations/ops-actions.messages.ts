// The words of the operations actions (agree, decline, correct an event, approve as oneself) in English
// and Chinese; operations.messages.ts merges them into the view's messages.

/** English messages of the operations actions. */
export const opsActionsEn = {
  // Agree and decline in the requests inbox
  'ops.act.agree': 'Agree…',
  'ops.act.decline': 'Decline…',
  'ops.act.agreeTitle': 'Agree {title}',
  'ops.act.agreeHint':
    'Record the quantities agreed government to government; a line can be agreed in part or at 0.',
  'ops.act.agreedBy': 'Agreed by (the parties, e.g. the two ministries)',
  'ops.act.agreedOn': 'Agreed on',
  'ops.act.agreedQty': 'Agreed (units)',
  'ops.act.saveAgreement': 'Record the agreement',
  'ops.act.declineTitle': 'Decline {title}',
  'ops.act.reason': 'Reason (required, shown to everyone who reads the request)',
  'ops.act.saveDecline': 'Decline the request',
  'ops.act.saving': 'Saving…',
  'ops.act.cancel': 'Cancel',
  'ops.act.agreed': 'Agreed: {agreed} of {asked} units asked.',
  'ops.act.declined': 'Declined.',
  // Corrections of consignment events
  'ops.cor.correct': 'Correct',
  'ops.cor.corrected': 'corrected',
  'ops.cor.of': 'Correction of "{step}" (#{seq}): {reason}',
  'ops.cor.title': 'Correct "{step}" (#{seq}) of {when}',
  'ops.cor.hint':
    'The event stays in the log as it was; the correction is a new event that replaces what it counts.',
  'ops.cor.reason': 'Why it is corrected (required)',
  'ops.cor.post': 'Post the correction',
  'ops.cor.receipt': 'received {received}, damaged {damaged}, missing {missing}',
  'ops.stage.correction': 'correction',
  // Approval as the signed-in user
  'ops.batch.approveAs': 'You approve as {who}.',
  'ops.batch.approveAnon': 'Sign in to approve.',
};

/** Chinese messages of the operations actions (same keys as English). */
export const opsActionsZh: Record<keyof typeof opsActionsEn, string> = {
  'ops.act.agree': '商定…',
  'ops.act.decline': '拒绝…',
  'ops.act.agreeTitle': '商定：{title}',
  'ops.act.agreeHint': '记录政府间商定的数量；每项明细可部分商定，也可商定为 0。',
  'ops.act.agreedBy': '商定方（例如双方主管部门）',
  'ops.act.agreedOn': '商定日期',
  'ops.act.agreedQty': '商定数量（件）',
  'ops.act.saveAgreement': '记录商定结果',
  'ops.act.declineTitle': '拒绝：{title}',
  'ops.act.reason': '理由（必填，查看该请求的人都能看到）',
  'ops.act.saveDecline': '拒绝该请求',
  'ops.act.saving': '正在保存…',
  'ops.act.cancel': '取消',
  'ops.act.agreed': '已商定：请求 {asked} 件，商定 {agreed} 件。',
  'ops.act.declined': '已拒绝。',
  'ops.cor.correct': '更正',
  'ops.cor.corrected': '已更正',
  'ops.cor.of': '更正“{step}”（第 {seq} 条）：{reason}',
  'ops.cor.title': '更正 {when} 的“{step}”（第 {seq} 条）',
  'ops.cor.hint': '原事件按原样保留在日志中；更正是一条新事件，取代原事件所计的内容。',
  'ops.cor.reason': '更正理由（必填）',
  'ops.cor.post': '提交更正',
  'ops.cor.receipt': '完好 {received}，破损 {damaged}，缺失 {missing}',
  'ops.stage.correction': '更正',
  'ops.batch.approveAs': '您将以 {who} 的身份批准。',
  'ops.batch.approveAnon': '请登录后批准。',
};
