package org.fieldbook.booking;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The service types of the company's own systems, written by the master data import and matched by their external
 * id. The writing acts on the caller's transaction, so that a rejected import changes nothing.
 */
@Service
public class ServiceTypeImport {

	/** A service type, how its visits are promised, the skills it needs by their Fieldbook id. */
	public record ServiceTypeData(String externalId, String name, String portalName, boolean onPortal,
			Duration duration, int crewSize, ArrivalWindows arrivalWindows, List<RequiredSkillData> skills) {
	}

	public record RequiredSkillData(long skillId, int minProficiency) {
	}

	private final ServiceTypeRepository serviceTypes;

	ServiceTypeImport(ServiceTypeRepository serviceTypes) {
		this.serviceTypes = serviceTypes;
	}

	/** The Fieldbook ids of those of these external ids that are service types. */
	public Map<String, Long> ids(Collection<String> externalIds) {
		return serviceTypes.idsByExternalId(externalIds);
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void upsert(List<ServiceTypeData> data) {
		Map<String, ServiceType> known = serviceTypes.byExternalId(data.stream().map(ServiceTypeData::externalId).toList());
		for (ServiceTypeData type : data) {
			ServiceType entity = known.computeIfAbsent(type.externalId(), ServiceType::new);
			entity.describe(type.name(), type.portalName(), type.onPortal(), type.duration(), type.crewSize());
			entity.promise(type.arrivalWindows());
			entity.replaceRequiredSkills(type.skills()
				.stream()
				.map(skill -> new RequiredSkill(skill.skillId(), skill.minProficiency()))
				.toList());
			serviceTypes.save(entity);
		}
	}

}
