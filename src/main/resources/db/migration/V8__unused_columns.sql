-- Columns nobody read: the portal never recorded a completed profile or a last sign-in, and the settings
-- "send messages to" and "include survey" belong to the reference's technician tracking, which Fieldbook lacks.
ALTER TABLE portal_account DROP COLUMN profile_completed, DROP COLUMN last_sign_in_at;
ALTER TABLE portal_settings DROP COLUMN send_messages_to, DROP COLUMN include_survey, DROP COLUMN survey_url;
