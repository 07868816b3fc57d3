/** How English writes a date: "30 January 2025" (as Intl's en-GB does). */
export const dates = {
  template: '{day} {month} {year}',
  months: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
};
