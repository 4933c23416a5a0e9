package org.fieldbook.processes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaConnector;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaFailedJobRetryTimeCycle;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.fieldbook.support.FieldbookIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The models as admins open them in Modeler and as the engine runs them: each has a diagram, a history time to
 * live and named elements; every delegate, bean expression, called process and form it names exists; every
 * task that calls out says so (extension property externalCall=true) and sits behind an async boundary with a
 * retry cycle that backs off.
 */
@FieldbookIntegrationTest
class ProcessModelsTest {

	private static final Pattern BEAN_EXPRESSION = Pattern.compile("\\$\\{(\\w+)[.}]");

	private static final Set<String> VARIABLES = Set.of("decision", "emailPending", "smsPending", "reached", "claimed",
			"invitationId", "invitationExpiresAt", "more", "bookingReference", "execution", "smsNotificationId",
			"statusCode", "response", "held", "offerDuration");

	private static final String CAMUNDA_NS = "http://camunda.org/schema/1.0/bpmn";

	private static final String EXTERNAL_CALL = "externalCall";

	/** Delegates that talk to the outside world (SMTP); a connector always does. */
	private static final Set<String> DELEGATES_THAT_CALL_OUT = Set.of("${sendEmail}", "${sendPasswordReset}");

	@Autowired
	ApplicationContext context;

	@Autowired
	RepositoryService repository;

	@Test
	void everyModelIsDeployedWithDiagramHistoryTimeToLiveAndNames() throws IOException {
		for (Path file : models()) {
			BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
			Process process = process(model);
			assertThat(process.getCamundaHistoryTimeToLiveString()).as(file + " historyTimeToLive").isNotBlank();
			assertThat(repository.createProcessDefinitionQuery().processDefinitionKey(process.getId()).count())
				.as(file + " deployed").isPositive();
			Set<String> drawn = model.getModelElementsByType(BpmnShape.class).stream()
				.map(shape -> shape.getBpmnElement().getId()).collect(Collectors.toSet());
			Set<String> drawnEdges = model.getModelElementsByType(BpmnEdge.class).stream()
				.map(edge -> edge.getBpmnElement().getId()).collect(Collectors.toSet());
			for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
				assertThat(drawn).as(file + ": " + node.getId() + " has a shape").contains(node.getId());
				assertThat(node.getName()).as(file + ": " + node.getId() + " has a name").isNotBlank();
			}
			for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
				assertThat(drawnEdges).as(file + ": " + flow.getId() + " has an edge").contains(flow.getId());
			}
		}
	}

	@Test
	void everyDelegateBeanCalledProcessAndFormResolves() throws IOException {
		for (Path file : models()) {
			BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
			for (String bean : beanNames(Files.readString(file))) {
				assertThat(context.containsBean(bean)).as(file + ": bean or variable ${" + bean + "}").isTrue();
			}
			for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
				boolean implemented = task.getCamundaDelegateExpression() != null || connector(task) != null;
				assertThat(implemented).as(file + ": " + task.getId() + " is implemented").isTrue();
			}
			for (CallActivity call : model.getModelElementsByType(CallActivity.class)) {
				assertThat(repository.createProcessDefinitionQuery().processDefinitionKey(call.getCalledElement()).count())
					.as(file + ": called process " + call.getCalledElement()).isPositive();
			}
			for (UserTask task : model.getModelElementsByType(UserTask.class)) {
				assertThat(task.getCamundaFormRef()).as(file + ": " + task.getId() + " has a Camunda Form").isNotBlank();
				assertThat(formIds()).as(file + ": form " + task.getCamundaFormRef()).contains(task.getCamundaFormRef());
				String deployment = repository.createProcessDefinitionQuery().processDefinitionKey(process(model).getId())
					.latestVersion().singleResult().getDeploymentId();
				assertThat(repository.getDeploymentResourceNames(deployment)).as("forms deployed with the models")
					.anySatisfy(resource -> assertThat(resource).endsWith(task.getCamundaFormRef() + ".form"));
			}
		}
	}

	/** Modeler shows each call of the notification process with the template's fields: the notification type as a list. */
	@Test
	void everyCallOfTheNotificationProcessIsAnInstanceOfTheSendNotificationTemplate() throws IOException {
		JsonNode template = new ObjectMapper()
			.readTree(Path.of("processes/.camunda/element-templates/send-notification.json").toFile())
			.get(0);
		int calls = 0;
		for (Path file : models()) {
			for (CallActivity call : Bpmn.readModelFromFile(file.toFile()).getModelElementsByType(CallActivity.class)) {
				if ("notification".equals(call.getCalledElement())) {
					calls++;
					assertThat(call.getAttributeValueNs(CAMUNDA_NS, "modelerTemplate")).as(file + ": " + call.getId())
						.isEqualTo(template.get("id").asText());
					assertThat(call.getAttributeValueNs(CAMUNDA_NS, "modelerTemplateVersion")).as(file + ": " + call.getId())
						.isEqualTo(template.get("version").asText());
				}
			}
		}
		assertThat(calls).as("calls of the notification process").isGreaterThanOrEqualTo(6);
	}

	@Test
	void everyTaskThatCallsOutIsMarkedAsAnExternalCall() throws IOException {
		for (Path file : models()) {
			for (FlowNode node : Bpmn.readModelFromFile(file.toFile()).getModelElementsByType(FlowNode.class)) {
				String delegate = delegateExpression(node);
				if (connector(node) != null || delegate != null && DELEGATES_THAT_CALL_OUT.contains(delegate)) {
					assertThat(isExternalCall(node))
						.as(file + ": " + node.getId() + " calls out: mark it with the extension property " + EXTERNAL_CALL + "=true")
						.isTrue();
				}
			}
		}
	}

	/**
	 * A list of waits, each longer than the one before, that add up to more than an hour: an SMTP server or SMS
	 * provider that is down for an hour costs retries, not an incident.
	 */
	@Test
	void everyExternalCallIsBehindAnAsyncBoundaryWithARetryCycleThatBacksOff() throws IOException {
		for (Path file : models()) {
			for (FlowNode node : Bpmn.readModelFromFile(file.toFile()).getModelElementsByType(FlowNode.class)) {
				if (isExternalCall(node)) {
					String what = file + ": " + node.getId();
					assertThat(node.isCamundaAsyncBefore()).as(what + " async before").isTrue();
					String cycle = retryCycle(extensions(node, CamundaFailedJobRetryTimeCycle.class));
					assertThat(cycle).as(what + " retry intervals, comma-separated").matches("PT\\w+(,PT\\w+)+");
					List<Duration> waits = Stream.of(cycle.split(",")).map(Duration::parse).toList();
					for (int i = 1; i < waits.size(); i++) {
						assertThat(waits.get(i)).as(what + " wait " + (i + 1) + " longer than the one before").isGreaterThan(waits.get(i - 1));
					}
					assertThat(waits.stream().reduce(Duration.ZERO, Duration::plus)).as(what + " rides out an hour")
						.isGreaterThan(Duration.ofHours(1));
				}
			}
		}
	}

	/** What the model says: {@code <camunda:property name="externalCall" value="true"/>}, set by our element templates. */
	private static boolean isExternalCall(FlowNode node) {
		return extensions(node, CamundaProperties.class).stream()
			.flatMap(properties -> properties.getCamundaProperties().stream())
			.anyMatch(property -> EXTERNAL_CALL.equals(property.getCamundaName()) && "true".equals(property.getCamundaValue()));
	}

	private static String delegateExpression(FlowNode node) {
		return node.getAttributeValueNs(CAMUNDA_NS, "delegateExpression");
	}

	private static <T extends ModelElementInstance> List<T> extensions(FlowNode node, Class<T> type) {
		return node.getExtensionElements() == null ? List.of()
				: node.getExtensionElements().getElementsQuery().filterByType(type).list();
	}

	private static Process process(BpmnModelInstance model) {
		return model.getModelElementsByType(Process.class).iterator().next();
	}

	private static String retryCycle(Collection<CamundaFailedJobRetryTimeCycle> cycles) {
		return cycles.stream().map(CamundaFailedJobRetryTimeCycle::getTextContent).findFirst().orElse("");
	}

	private static CamundaConnector connector(FlowNode node) {
		return extensions(node, CamundaConnector.class).stream().findFirst().orElse(null);
	}
	private static Set<String> beanNames(String xml) {
		Set<String> names = new TreeSet<>();
		Matcher matcher = BEAN_EXPRESSION.matcher(xml);
		while (matcher.find()) {
			if (!VARIABLES.contains(matcher.group(1))) {
				names.add(matcher.group(1));
			}
		}
		return names;
	}

	private static Set<String> formIds() throws IOException {
		ObjectMapper json = new ObjectMapper();
		try (Stream<Path> forms = Files.list(Path.of("forms"))) {
			return forms.filter(path -> path.toString().endsWith(".form")).map(path -> {
				try (InputStream in = Files.newInputStream(path)) {
					return json.readTree(in).path("id").asText();
				}
				catch (IOException ex) {
					throw new IllegalStateException(path + " is not a readable form", ex);
				}
			}).collect(Collectors.toSet());
		}
	}

	private static List<Path> models() throws IOException {
		try (Stream<Path> files = Files.list(Path.of("processes"))) {
			List<Path> models = files.filter(path -> path.toString().endsWith(".bpmn")).sorted().toList();
			assertThat(models).hasSize(8);
			return models;
		}
	}

}
