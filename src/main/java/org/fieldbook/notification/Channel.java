package org.fieldbook.notification;

public enum Channel {

	EMAIL, SMS

}
