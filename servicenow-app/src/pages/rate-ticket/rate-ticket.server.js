(function () {
  // The ticket the portal page shows (?table=incident|sc_req_item&sys_id=…), when the signed-in user raised it.
  var table = $sp.getParameter('table');
  var id = $sp.getParameter('sys_id');
  data.ticketId = '';
  if (table !== 'incident' && table !== 'sc_req_item') return;
  var ticket = new GlideRecord(table);
  if (!ticket.get(id)) return;
  var requester = table === 'incident' ? ticket.getValue('caller_id') : ticket.getValue('requested_for');
  if (requester === gs.getUserID()) data.ticketId = 'servicenow:' + ticket.getValue('number');
})();
