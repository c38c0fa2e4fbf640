package app.helpcenter.web;

import java.io.IOException;
import java.util.function.Supplier;

import jakarta.servlet.ServletException;

import org.apache.catalina.AccessLog;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;

/**
 * Counts each request in {@link RequestsInFlight} from the moment Tomcat hands it to the help center (the first
 * of its valves) until its response is written out. Tomcat calls an engine valve that is an {@link AccessLog} once
 * it has finished a response (an asynchronous one when it completes), which is later than any valve or servlet
 * can see; a note on the request pairs that call with this valve's, since Tomcat also logs requests it refused
 * before any valve saw them.
 */
final class InFlightValve extends ValveBase implements AccessLog {

	private static final String COUNTED = InFlightValve.class.getName() + ".counted";

	private final Supplier<RequestsInFlight> requests;

	InFlightValve(Supplier<RequestsInFlight> requests) {
		super(true);
		this.requests = requests;
	}

	@Override
	public void invoke(Request request, Response response) throws IOException, ServletException {
		if (request.getNote(COUNTED) == null) {
			// Not again when an asynchronous request comes through the valves a second time.
			request.setNote(COUNTED, Boolean.TRUE);
			this.requests.get().started();
		}
		getNext().invoke(request, response);
	}

	@Override
	public void log(Request request, Response response, long time) {
		if (request.getNote(COUNTED) != null) {
			request.removeNote(COUNTED);
			this.requests.get().answered();
		}
	}

	@Override
	public void setRequestAttributesEnabled(boolean requestAttributesEnabled) {
	}

	@Override
	public boolean getRequestAttributesEnabled() {
		return false;
	}

}
