-- The back office's invitation list (issue 13): each address's latest invitation, filtered by the day it was sent.
CREATE INDEX invitation_latest_per_email ON invitation (lower(email), id);
CREATE INDEX invitation_by_sent ON invitation (created_at, id);
CREATE INDEX invitation_by_contact ON invitation (contact_id);

-- The overview's figures of the day: when a booking was last moved, and when it was canceled or completed.
ALTER TABLE booking ADD COLUMN moved_at timestamptz,
                    ADD COLUMN canceled_at timestamptz,
                    ADD COLUMN completed_at timestamptz;
CREATE INDEX booking_by_created ON booking (created_at);
CREATE INDEX booking_by_moved ON booking (moved_at) WHERE moved_at IS NOT NULL;
CREATE INDEX booking_by_canceled ON booking (canceled_at) WHERE canceled_at IS NOT NULL;
CREATE INDEX booking_by_completed ON booking (completed_at) WHERE completed_at IS NOT NULL;
CREATE INDEX notification_failed_by_updated ON notification (updated_at) WHERE state = 'FAILED';
