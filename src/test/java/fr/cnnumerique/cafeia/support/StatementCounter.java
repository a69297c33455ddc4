package fr.cnnumerique.cafeia.support;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.Set;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;

/**
 * Counts the SQL statements the current thread prepares or creates, whatever issues them
 * (JPA, JdbcClient, Spring Session), so a test can check that a page costs a fixed number
 * of statements, not one per row. MockMvc handles a request on the test's thread. <pre>
 * StatementCounter.reset();
 * mvc.perform(get("/cafes?lieu=Lyon"));
 * assertThat(StatementCounter.count()).isLessThanOrEqualTo(6);
 * </pre>
 */
@TestConfiguration(proxyBeanMethods = false)
public class StatementCounter implements BeanPostProcessor {

	private static final ThreadLocal<int[]> COUNT = ThreadLocal.withInitial(() -> new int[1]);

	private static final Set<String> STATEMENT_METHODS = Set.of("prepareStatement", "createStatement", "prepareCall");

	/**
	 * Starts counting again from zero on this thread.
	 */
	public static void reset() {
		COUNT.get()[0] = 0;
	}

	/**
	 * Statements prepared or created on this thread since the last {@link #reset()}.
	 * @return the number of statements
	 */
	public static int count() {
		return COUNT.get()[0];
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof DataSource dataSource && !Proxy.isProxyClass(bean.getClass())) {
			return proxy(DataSource.class, dataSource, (method, result) -> (result instanceof Connection connection)
					? proxy(Connection.class, connection, StatementCounter::countStatements) : result);
		}
		return bean;
	}

	private static Object countStatements(java.lang.reflect.Method method, Object result) {
		if (STATEMENT_METHODS.contains(method.getName())) {
			COUNT.get()[0]++;
		}
		return result;
	}

	private interface AfterCall {

		Object apply(java.lang.reflect.Method method, Object result);

	}

	private static <T> T proxy(Class<T> type, T target, AfterCall after) {
		InvocationHandler handler = (proxy, method, args) -> {
			try {
				return after.apply(method, method.invoke(target, args));
			}
			catch (InvocationTargetException ex) {
				throw ex.getTargetException();
			}
		};
		return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] { type }, handler));
	}

}
