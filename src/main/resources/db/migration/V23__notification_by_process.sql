-- A batch of reminders (reminder-batch.bpmn) finds its messages by the process instance that wrote them.
CREATE INDEX notification_by_process ON notification (process_instance_id) WHERE process_instance_id IS NOT NULL;
