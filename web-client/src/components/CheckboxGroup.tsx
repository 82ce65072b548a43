// The checkbox group is a field component of the form engine; this path stays for its existing importers.
export { CheckboxGroup } from './form/CheckboxGroup';
