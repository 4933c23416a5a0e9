package org.fieldbook.backoffice.masterdata;

import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

import org.fieldbook.backoffice.audit.AuditTrail;
import org.fieldbook.customer.AccountRow;
import org.fieldbook.customer.AssetRow;
import org.fieldbook.customer.Changed;
import org.fieldbook.customer.ContactRow;
import org.fieldbook.customer.CustomerRecordNotFoundException;
import org.fieldbook.customer.CustomerRecords;
import org.fieldbook.customer.ExternalIdTakenException;
import org.fieldbook.customer.UnknownAccountException;
import org.fieldbook.masterdata.ImportProblem;
import org.fieldbook.masterdata.MasterDataRules;
import org.fieldbook.masterdata.MasterDataRules.AccountInput;
import org.fieldbook.masterdata.MasterDataRules.AssetInput;
import org.fieldbook.masterdata.MasterDataRules.ContactInput;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the screens and the API of accounts, contacts and assets change: checked by the import's rules, written by
 * the customer module, each change in the audit trail ({@code account.created}, {@code contact.changed},
 * {@code asset.deactivated}, …) with the record's external id as subject, in the same transaction.
 */
@Component
class CustomerEditing {

	private final CustomerRecords records;

	private final AuditTrail audit;

	CustomerEditing(CustomerRecords records, AuditTrail audit) {
		this.records = records;
		this.audit = audit;
	}

	@Transactional
	AccountRow createAccount(String actor, AccountInput input) {
		checked(MasterDataRules.problems(input));
		AccountRow created = written("account", () -> records.createAccount(input.id(), input.fields()));
		audit.record(actor, "account.created", created.externalId(), RecordChanges.created(created));
		return created;
	}

	@Transactional
	AccountRow updateAccount(String actor, long id, AccountInput input) {
		AccountRow known = records.account(id).orElseThrow(() -> new CustomerRecordNotFoundException("account", id));
		AccountInput named = input.withId(known.externalId());
		checked(MasterDataRules.problems(named));
		return audited(actor, "account", records.updateAccount(id, named.fields()), AccountRow::externalId);
	}

	@Transactional
	AccountRow deactivateAccount(String actor, long id) {
		return audited(actor, "account", records.deactivateAccount(id), AccountRow::externalId);
	}

	@Transactional
	ContactRow createContact(String actor, ContactInput input) {
		checked(MasterDataRules.problems(input, true));
		ContactRow created = written("contact", () -> records.createContact(input.id(), input.fields(), input.account()));
		audit.record(actor, "contact.created", created.externalId(), RecordChanges.created(created));
		return created;
	}

	@Transactional
	ContactRow updateContact(String actor, long id, ContactInput input) {
		ContactRow known = records.contact(id).orElseThrow(() -> new CustomerRecordNotFoundException("contact", id));
		ContactInput named = input.withId(known.externalId());
		checked(MasterDataRules.problems(named, false));
		Changed<ContactRow> change = written("contact", () -> records.updateContact(id, named.fields(), named.account()));
		return audited(actor, "contact", change, ContactRow::externalId);
	}

	@Transactional
	ContactRow deactivateContact(String actor, long id) {
		return audited(actor, "contact", records.deactivateContact(id), ContactRow::externalId);
	}

	@Transactional
	AssetRow createAsset(String actor, AssetInput input) {
		checked(MasterDataRules.problems(input));
		AssetRow created = written("asset", () -> records.createAsset(input.id(), input.fields()));
		audit.record(actor, "asset.created", created.externalId(), RecordChanges.created(created));
		return created;
	}

	@Transactional
	AssetRow updateAsset(String actor, long id, AssetInput input) {
		AssetRow known = records.asset(id).orElseThrow(() -> new CustomerRecordNotFoundException("asset", id));
		AssetInput named = input.withId(known.externalId());
		checked(MasterDataRules.problems(named));
		return audited(actor, "asset", written("asset", () -> records.updateAsset(id, named.fields())), AssetRow::externalId);
	}

	@Transactional
	AssetRow deactivateAsset(String actor, long id) {
		return audited(actor, "asset", records.deactivateAsset(id), AssetRow::externalId);
	}

	/**
	 * Audits a change as {@code kind.changed}, or {@code kind.deactivated} / {@code kind.activated} when that is what
	 * changed about it; a save that changed nothing is not audited.
	 */
	private <T extends Record> T audited(String actor, String kind, Changed<T> change,
			Function<T, String> subject) {
		String details = RecordChanges.between(change.before(), change.after());
		if (!details.equals(RecordChanges.NONE)) {
			String action = details.equals("active: true → false") ? ".deactivated"
					: details.equals("active: false → true") ? ".activated" : ".changed";
			audit.record(actor, kind + action, subject.apply(change.after()), details);
		}
		return change.after();
	}

	private static void checked(List<ImportProblem> problems) {
		if (!problems.isEmpty()) {
			throw new RecordRejectedException(problems);
		}
	}

	private static <T> T written(String kind, Supplier<T> write) {
		try {
			return write.get();
		}
		catch (ExternalIdTakenException ex) {
			throw new RecordRejectedException(List.of(new ImportProblem(kind, "id", RecordRejectedException.TAKEN)));
		}
		catch (UnknownAccountException ex) {
			throw new RecordRejectedException(List.of(new ImportProblem(kind, "account", ex.getMessage())));
		}
	}

}
