import type { ValueOfInformation } from '../models/valueOfInformation';
import { VALUE_OF_INFORMATION_HEADER, valueOfInformationLead, valueOfInformationReading, valueOfInformationRows } from '../viz/report/valueOfInformationWords';
import { textTable } from './textTable';

/** After the net benefit table, where the arms draw fields: what learning each drawn value would be worth, as a lead, a table and a reading. */
export function valueOfInformationText(voi: ValueOfInformation): string {
  return `${valueOfInformationLead(voi)}\n\n${textTable([VALUE_OF_INFORMATION_HEADER, ...valueOfInformationRows(voi)])}\n\n${valueOfInformationReading(voi)}\n`;
}
